import { describe, expect, it } from 'vitest';
import { buildTerritoryIndex } from '../territory/territory-index.ts';
import type { TerritorialUnit } from '../territory/unit.ts';
import { scopePopulations } from './scope-populations.ts';

const unit = (code: string, departementCode: string | null, regionCode: string | null, population: number): TerritorialUnit => ({
  code,
  name: code,
  population,
  departementCode,
  regionCode,
  epciCode: null,
});

const index = buildTerritoryIndex([
  unit('04001', '04', '93', 100),
  unit('04002', '04', '93', 50),
  unit('13001', '13', '93', 1_000),
  unit('75056', '75', '11', 2_000),
  unit('97501', '975', '975', 6_000),
  unit('99999', null, null, 7),
]);

describe('scopePopulations', () => {
  it('sums a territory once per unit, unknown codes left out', () => {
    expect(scopePopulations(index, [{ kind: 'territory', unitCodes: ['04001', '04001', '13001', 'nope'] }], [])).toEqual(
      new Map([['territory', 1_100]]),
    );
    expect(scopePopulations(index, [{ kind: 'territory', unitCodes: [] }], [])).toEqual(new Map([['territory', 0]]));
  });

  it('gives each département that has units, a region, and France without the regions outside the ACI field', () => {
    const result = scopePopulations(
      index,
      [{ kind: 'departements', codes: ['04', '13', '2A'] }, { kind: 'region', code: '93' }, { kind: 'france' }],
      ['975'],
    );
    expect(result).toEqual(
      new Map([
        ['departement:04', 150],
        ['departement:13', 1_000],
        ['region:93', 1_150],
        // Units with no region count in France, like the database's coalesce(region_code, '').
        ['france', 3_157],
      ]),
    );
  });
});
