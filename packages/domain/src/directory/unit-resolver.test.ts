import { describe, expect, it } from 'vitest';
import type { UnitSummary } from '../storage/geography-repository.ts';
import { createUnitResolver, foldTownName } from './unit-resolver.ts';

const unit = (code: string, name: string, postalCodes: string[]): UnitSummary => ({
  code,
  name,
  postalCodes,
  kind: 'commune',
  population: 1_000,
  departementCode: code.slice(0, 2),
  regionCode: '93',
  epciCode: null,
});

const UNITS = [
  unit('04070', 'Digne-les-Bains', ['04000']),
  unit('04001', 'Aiglun', ['04510']),
  unit('04112', 'Malijai', ['04350']),
  unit('04176', 'Saint-Julien-d’Asse', ['04270']),
  unit('04161', 'Méolans-Revel', ['04340']),
  unit('04203', 'Ubaye-Serre-Ponçon', ['04340']),
  unit('75115', 'Paris 15e Arrondissement', ['75015']),
  unit('75116', 'Paris 16e Arrondissement', ['75016', '75116']),
];
const FORMER = new Map([
  ['04124', '04161'],
  ['04999', '99999'],
]);
const resolve = createUnitResolver(UNITS, FORMER);

describe('foldTownName', () => {
  it('drops accents, CEDEX and punctuation and spells out saint', () => {
    expect(foldTownName('St-Julien-d’Asse CEDEX 4')).toBe('SAINT JULIEN D ASSE');
    expect(foldTownName('Méolans-Revel')).toBe('MEOLANS REVEL');
    expect(foldTownName('Ste Tulle')).toBe('SAINTE TULLE');
  });
});

describe('createUnitResolver', () => {
  it('takes a current INSEE code as it is', () => {
    expect(resolve('04070', '99999', 'ailleurs')).toEqual({ unitCode: '04070', via: 'code' });
  });

  it('follows a former code to the current commune through the COG, only when that commune is loaded', () => {
    expect(resolve('04124', null, null)).toEqual({ unitCode: '04161', via: 'formerCode' });
    expect(resolve('04999', null, null)).toEqual({ unitCode: null, reason: 'ni code commune ni code postal' });
  });

  it('resolves Paris, Lyon and Marseille to the arrondissement by postal code', () => {
    expect(resolve('75056', '75015', 'PARIS')).toEqual({ unitCode: '75115', via: 'postalCode' });
    expect(resolve('75056', '75116', 'PARIS CEDEX 16')).toEqual({ unitCode: '75116', via: 'postalCode' });
  });

  it('uses the postal code alone when it names one unit', () => {
    expect(resolve(null, '04000', 'n’importe quoi')).toEqual({ unitCode: '04070', via: 'postalCode' });
    expect(resolve('12345', '04510', null)).toEqual({ unitCode: '04001', via: 'postalCode' });
  });

  it('tells units sharing a postal code apart by their name, exact or as a prefix', () => {
    expect(resolve(null, '04340', 'MEOLANS-REVEL')).toEqual({ unitCode: '04161', via: 'postalCode' });
    expect(resolve(null, '04340', 'Ubaye')).toEqual({ unitCode: '04203', via: 'postalCode' });
  });

  it('says why an address is not resolved', () => {
    expect(resolve(null, '04340', 'Barcelonnette')).toEqual({
      unitCode: null,
      reason: 'commune « Barcelonnette » introuvable pour le code postal 04340',
    });
    expect(resolve(null, '13001', 'Marseille')).toEqual({ unitCode: null, reason: 'code postal 13001 inconnu' });
    expect(resolve(null, null, 'Digne')).toEqual({ unitCode: null, reason: 'ni code commune ni code postal' });
    // Two letters are too few to be a prefix of a name.
    expect(resolve(null, '04340', 'Ub')).toEqual({ unitCode: null, reason: 'commune « Ub » introuvable pour le code postal 04340' });
  });
});
