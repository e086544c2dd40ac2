import { describe, expect, it } from 'vitest';
import { createUnitResolver, foldTownName } from './unit-resolver.ts';

const units = [
  { code: '04070', name: 'Digne-les-Bains', postalCodes: ['04000'] },
  { code: '04001', name: 'Aiglun', postalCodes: ['04510'] },
  { code: '04019', name: 'Le Brusquet', postalCodes: ['04420'] },
  { code: '04116', name: 'Marcoux', postalCodes: ['04420'] },
  { code: '75115', name: 'Paris 15e Arrondissement', postalCodes: ['75015'] },
  { code: '75116', name: 'Paris 16e Arrondissement', postalCodes: ['75016', '75116'] },
  { code: '13201', name: 'Marseille 1er Arrondissement', postalCodes: ['13001'] },
  { code: '69387', name: 'Saint-Étienne-la-Varenne', postalCodes: ['69460'] },
  { code: '69388', name: 'Saint-Étienne-des-Oullières', postalCodes: ['69460'] },
];
const resolve = createUnitResolver(units, new Map([['04999', '04070']]));

describe('foldTownName', () => {
  it('compares names without accents, case, « ST » abbreviations or CEDEX tails', () => {
    expect(foldTownName('St-Étienne-la-Varenne')).toBe('SAINT ETIENNE LA VARENNE');
    expect(foldTownName('DIGNE LES BAINS CEDEX 9')).toBe('DIGNE LES BAINS');
  });
});

describe('createUnitResolver', () => {
  it('takes a current INSEE code as it is', () => {
    expect(resolve('04070', null, null)).toEqual({ unitCode: '04070', via: 'code' });
  });

  it('maps a former code to the current commune through the COG', () => {
    expect(resolve('04999', null, null)).toEqual({ unitCode: '04070', via: 'formerCode' });
  });

  it('resolves Paris, Lyon and Marseille to the arrondissement of the postal code', () => {
    expect(resolve('75056', '75015', 'PARIS')).toEqual({ unitCode: '75115', via: 'postalCode' });
    expect(resolve('13055', '13001', 'MARSEILLE')).toEqual({ unitCode: '13201', via: 'postalCode' });
  });

  it('without a code, uses a postal code with one commune, else the town name among its communes', () => {
    expect(resolve(null, '04000', null)).toEqual({ unitCode: '04070', via: 'postalCode' });
    expect(resolve(null, '04420', 'MARCOUX')).toEqual({ unitCode: '04116', via: 'postalCode' });
    expect(resolve('', '69460', 'ST ETIENNE DES OULLIERES')).toEqual({ unitCode: '69388', via: 'postalCode' });
    expect(resolve(null, '04420', 'LE BRUSQ')).toEqual({ unitCode: '04019', via: 'postalCode' });
  });

  it('says why an address cannot be placed', () => {
    expect(resolve(null, null, null)).toEqual({ unitCode: null, reason: 'ni code commune ni code postal' });
    expect(resolve(null, '99999', 'NULLE PART')).toEqual({ unitCode: null, reason: 'code postal 99999 inconnu' });
    expect(resolve(null, '04420', 'AILLEURS')).toEqual({
      unitCode: null,
      reason: 'commune « AILLEURS » introuvable pour le code postal 04420',
    });
  });

  it('falls back on the postal code when the INSEE code is unknown', () => {
    expect(resolve('00000', '04510', 'AIGLUN')).toEqual({ unitCode: '04001', via: 'postalCode' });
  });
});
