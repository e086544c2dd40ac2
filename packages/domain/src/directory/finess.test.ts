import { describe, expect, it } from 'vitest';
import { establishmentKind, parseFinessLine } from './finess.ts';

/** A `structureet` record of the FINESS stock extraction: `;`-separated, 32 fields. */
function structureet(fields: Record<number, string>): string {
  const values = Array.from({ length: 32 }, (_, i) => fields[i] ?? '');
  values[0] = 'structureet';
  return values.join(';');
}

const MSP = structureet({
  1: '040000123',
  2: '040000115',
  3: 'MSP DE DIGNE',
  4: 'MAISON DE SANTÉ PLURIPROFESSIONNELLE DE DIGNE',
  7: '12',
  8: 'BD',
  9: 'GASSENDI',
  12: '070',
  13: '04',
  15: '04000 DIGNE LES BAINS',
  18: '603',
  19: 'Maison de santé (L.6223-3)',
  22: '73282932000074',
  28: '2015-01-05',
});

describe('FINESS stock lines', () => {
  it('reads an establishment: numbers, kind from its category, INSEE code from département + commune, opening date', () => {
    expect(parseFinessLine(MSP)).toEqual({
      ok: true,
      value: {
        type: 'establishment',
        value: {
          finessSite: '040000123',
          finessLegal: '040000115',
          name: 'MSP DE DIGNE',
          longName: 'MAISON DE SANTÉ PLURIPROFESSIONNELLE DE DIGNE',
          categoryCode: '603',
          categoryLabel: 'Maison de santé (L.6223-3)',
          kind: 'msp',
          siret: '73282932000074',
          address: '12 BD GASSENDI',
          postalCode: '04000',
          communeCode: '04070',
          openedOn: '2015-01-05',
        },
      },
    });
  });

  it('builds overseas INSEE codes from the 3-digit département (971 + 01 → 97101)', () => {
    const line = parseFinessLine(
      structureet({ 1: '970100012', 3: 'CH', 12: '101', 13: '971', 18: '355', 19: 'Centre Hospitalier (C.H.)' }),
    );
    expect(line).toMatchObject({ ok: true, value: { value: { communeCode: '97101', kind: 'hospital' } } });
  });

  it('converts Lambert-93 coordinates to WGS84 and leaves other projections aside', () => {
    const point = parseFinessLine('geolocalisation;040000123;944260.0;6337750.0;1,ATLASANTE,100,IGN,BD_ADRESSE,V2.2,LAMBERT_93;2026-01-01');
    expect(point.ok && point.value.type).toBe('geolocation');
    if (point.ok && point.value.type === 'geolocation') {
      expect(point.value.value.lon).toBeGreaterThan(5.9);
      expect(point.value.value.lon).toBeLessThan(6.4);
      expect(point.value.value.lat).toBeGreaterThan(44.0);
      expect(point.value.value.lat).toBeLessThan(44.2);
    }
    expect(parseFinessLine('geolocalisation;970100012;650000;1800000;1,ATLASANTE,100,IGN,BD_ADRESSE,V2.2,UTM_N20;2026-01-01')).toEqual({
      ok: true,
      value: { type: 'ignored' },
    });
  });

  it('refuses a bad FINESS number, a missing category and bad coordinates; ignores other records', () => {
    expect(parseFinessLine(structureet({ 1: '12345', 18: '603' }))).toEqual({ ok: false, reason: 'numéro FINESS invalide (« 12345 »)' });
    expect(parseFinessLine(structureet({ 1: '040000123' }))).toEqual({ ok: false, reason: 'catégorie absente' });
    expect(parseFinessLine('structureet;040000123;short')).toMatchObject({ ok: false });
    expect(parseFinessLine('geolocalisation;040000123;0;0;LAMBERT_93')).toMatchObject({ ok: false });
    expect(parseFinessLine('finess;etalab;95;2026-11-01')).toEqual({ ok: true, value: { type: 'ignored' } });
  });

  it('names the kind from the category code first, then from its label', () => {
    expect(establishmentKind('603', '')).toBe('msp');
    expect(establishmentKind('999', 'Centre Hospitalier Universitaire')).toBe('hospital');
    expect(establishmentKind('999', 'Autre chose')).toBe('other');
  });
});
