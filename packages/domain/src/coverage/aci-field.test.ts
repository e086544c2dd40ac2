import { describe, expect, it } from 'vitest';
import { buildTerritoryIndex } from '../territory/territory-index.ts';
import { isInAciField, outsideAciRegions, regionsOutsideAciField } from './aci-field.ts';

describe('ACI field', () => {
  it('keeps metropolitan regions and overseas départements-régions, leaves out overseas collectivities', () => {
    const regions = [
      { code: '93', name: "Provence-Alpes-Côte d'Azur", zone: 'metro' },
      { code: '04', name: 'La Réunion', zone: 'drom' },
      { code: '975', name: 'Saint-Pierre-et-Miquelon', zone: 'com' },
      { code: '989', name: 'Île de Clipperton', zone: 'com' },
    ];
    expect(regions.filter(isInAciField).map((r) => r.code)).toEqual(['93', '04']);
    expect(regionsOutsideAciField(regions)).toEqual(['975', '989']);
  });

  it('counts a region of unknown zone in (a reference loaded before zones): nothing is hidden by default', () => {
    expect(isInAciField({ zone: null })).toBe(true);
  });
});

describe('outsideAciRegions', () => {
  it('sums the legal population and units of each region outside the field, most populous first', () => {
    const unit = (code: string, regionCode: string, population: number) => ({
      code,
      name: code,
      population,
      departementCode: regionCode,
      regionCode,
      epciCode: null,
    });
    const index = buildTerritoryIndex([
      unit('97501', '975', 5_000),
      unit('98735', '987', 9_000),
      unit('98736', '987', 1_000),
      unit('04001', '93', 300),
    ]);
    const regions = [
      { code: '93', name: 'PACA', zone: 'metro' },
      { code: '975', name: 'Saint-Pierre-et-Miquelon', zone: 'com' },
      { code: '987', name: 'Polynésie française', zone: 'com' },
      { code: '984', name: 'TAAF', zone: 'com' },
    ];
    expect(outsideAciRegions(index, regions)).toEqual([
      { code: '987', name: 'Polynésie française', population: 10_000, unitCount: 2 },
      { code: '975', name: 'Saint-Pierre-et-Miquelon', population: 5_000, unitCount: 1 },
      { code: '984', name: 'TAAF', population: 0, unitCount: 0 },
    ]);
  });
});
