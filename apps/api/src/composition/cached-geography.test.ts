import { buildTerritoryIndex, type GeographyRepository, type MatchingUnit, type UnitSummary } from '@maillon/domain';
import { describe, expect, it } from 'vitest';
import { cachedGeography, cachedMatchingUnits, cachedUnits } from './cached-geography.ts';
import type { GeographyNames, TerritoryIndexCache } from './territory-index-cache.ts';

const unit = (code: string, epciCode: string | null): UnitSummary => ({
  code,
  name: `Commune ${code}`,
  kind: 'commune',
  population: 100,
  departementCode: code.slice(0, 2),
  regionCode: '93',
  epciCode,
  postalCodes: [`${code}0`],
});
const units = [unit('04001', '200000001'), unit('05001', null), unit('13001', '200000002')];
const index = buildTerritoryIndex(units);
const names: GeographyNames = {
  regions: [{ code: '93', name: "Provence-Alpes-Côte d'Azur", zone: 'metro' }],
  departements: [
    { code: '04', name: 'Alpes-de-Haute-Provence', regionCode: '93' },
    { code: '75', name: 'Paris', regionCode: '11' },
  ],
  epciNames: new Map([['200000001', 'CC Une']]),
};

function setUp() {
  const asked: string[][] = [];
  const repository = {
    unitsByCodes: async () => {
      throw new Error('lu en base');
    },
    epciNames: async (codes: readonly string[]) => {
      asked.push([...codes]);
      return codes.map((code) => ({ code, name: `EPCI ${code}` }));
    },
  } as unknown as GeographyRepository;
  const cache = { summaries: () => units, names: async () => names } as unknown as TerritoryIndexCache;
  return { geography: cachedGeography(repository, cache, {} as never, index), asked };
}

describe('cachedGeography', () => {
  it('answers units in code order, once each, unknown codes left out, as copies', async () => {
    const { geography } = setUp();
    const found = await geography.unitsByCodes(['13001', '04001', '99999', '13001']);
    expect(found.map((u) => u.code)).toEqual(['04001', '13001']);
    found[0]?.postalCodes.push('x');
    expect(units[0]?.postalCodes).toEqual(['040010']);
  });

  it('filters départements by region like the repository', async () => {
    const { geography } = setUp();
    expect((await geography.departements('93')).map((d) => d.code)).toEqual(['04']);
    expect((await geography.departements()).map((d) => d.code)).toEqual(['04', '75']);
    expect(await geography.regions()).toEqual(names.regions);
  });

  it('asks the database only for the EPCI it does not know', async () => {
    const { geography, asked } = setUp();
    expect(await geography.epciNames(['200000001'])).toEqual([{ code: '200000001', name: 'CC Une' }]);
    expect(asked).toEqual([]);
    expect(await geography.epciNames(['200000001', '200000009'])).toEqual([
      { code: '200000001', name: 'CC Une' },
      { code: '200000009', name: 'EPCI 200000009' },
    ]);
    expect(asked).toEqual([['200000009']]);
  });
});

describe('cachedUnits', () => {
  const fromDatabase = { units: async () => [unit('99001', null)] };

  it('lists every unit of the copy, as copies, without reading the database', async () => {
    const cache = { get: async () => index, summaries: () => units } as unknown as TerritoryIndexCache;
    const listed = await cachedUnits(fromDatabase, cache, {} as never)();
    expect(listed).toEqual(units);
    listed[0]?.postalCodes.push('x');
    expect(units[0]?.postalCodes).toEqual(['040010']);
  });

  it('reads the database when the index did not come from the cache', async () => {
    const cache = { get: async () => index, summaries: () => undefined } as unknown as TerritoryIndexCache;
    expect((await cachedUnits(fromDatabase, cache, {} as never)()).map((u) => u.code)).toEqual(['99001']);
  });
});

describe('cachedMatchingUnits', () => {
  const known = new Map<string, MatchingUnit>([
    ['04001', { code: '04001', epciCode: '200000001', departementCode: '04', centroid: { lon: 6.2, lat: 44.1 } }],
    ['05001', { code: '05001', epciCode: null, departementCode: '05', centroid: null }],
  ]);
  const cache = { matchingUnits: async () => known } as unknown as TerritoryIndexCache;

  it('answers each known code once, unknown codes left out, as copies', async () => {
    const matchingUnits = cachedMatchingUnits(cache, {} as never, index);
    const found = await matchingUnits(['05001', '04001', '99999', '04001']);
    expect(found).toEqual([known.get('05001'), known.get('04001')]);
    const centroid = found[1]?.centroid;
    if (centroid) centroid.lon = 0;
    expect(known.get('04001')?.centroid?.lon).toBe(6.2);
    expect(await matchingUnits([])).toEqual([]);
  });
});
