import { describe, expect, it } from 'vitest';
import { requireShapesArea, requireUnitGroup } from './unit-groups.ts';

describe('requireUnitGroup', () => {
  it('takes an EPCI or a département', () => {
    expect(requireUnitGroup({ epci: '200067437' })).toEqual({ epci: '200067437', departement: undefined });
    expect(requireUnitGroup({ departement: '04' })).toEqual({ epci: undefined, departement: '04' });
  });

  it('refuses a request naming neither, on the EPCI field', () => {
    expect(() => requireUnitGroup({})).toThrow(expect.objectContaining({ code: 'INVALID', field: 'epci' }));
  });
});

describe('requireShapesArea', () => {
  it('serves a region or a département', () => {
    expect(requireShapesArea({ region: '93' })).toEqual({ regionCode: '93', departementCode: undefined });
    expect(requireShapesArea({ departement: '04' })).toEqual({ regionCode: undefined, departementCode: '04' });
  });

  it('never all of France at once', () => {
    expect(() => requireShapesArea({})).toThrow(expect.objectContaining({ code: 'INVALID', field: 'region' }));
  });
});
