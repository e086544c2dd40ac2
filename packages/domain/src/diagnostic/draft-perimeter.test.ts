import { describe, expect, it } from 'vitest';
import { DomainError } from '../errors.ts';
import { buildTerritoryIndex } from '../territory/territory-index.ts';
import { draftPerimeter } from './draft-perimeter.ts';

const unit = (code: string, regionCode: string | null, population: number) => ({
  code,
  name: `Commune ${code}`,
  population,
  departementCode: code.slice(0, 2),
  regionCode,
  epciCode: null,
});
const index = buildTerritoryIndex([unit('04070', '93', 16_000), unit('04001', '93', 1_300), unit('26001', '84', 20_000)]);
const REGIONS = ['84', '93'];

const refusal = (fn: () => unknown): string | null => {
  try {
    fn();
    return null;
  } catch (error) {
    if (error instanceof DomainError) return `${error.code} ${error.field}: ${error.message}`;
    throw error;
  }
};

describe('draftPerimeter', () => {
  it('sorts and deduplicates the units and compares with the region holding most of the population', () => {
    expect(draftPerimeter(index, { units: ['04070', '04001', '04070'] }, REGIONS)).toEqual({
      unitCodes: ['04001', '04070'],
      regionCode: '93',
    });
    expect(draftPerimeter(index, { units: ['04070', '26001'] }, REGIONS).regionCode).toBe('84');
  });

  it('keeps the region asked for when it exists', () => {
    expect(draftPerimeter(index, { units: ['04070'], regionCode: '84' }, REGIONS).regionCode).toBe('84');
  });

  it('refuses an empty perimeter, an unknown unit and an unknown region, naming the field', () => {
    expect(refusal(() => draftPerimeter(index, { units: [] }, REGIONS))).toBe(
      'INVALID units: Choisissez au moins une commune pour établir le diagnostic.',
    );
    expect(refusal(() => draftPerimeter(index, { units: ['04070', '99999'] }, REGIONS))).toMatch(/^INVALID units\[1\]: /);
    expect(refusal(() => draftPerimeter(index, { units: ['04070'], regionCode: '11' }, REGIONS))).toBe(
      'INVALID regionCode: Région inconnue : « 11 ».',
    );
  });
});
