import { describe, expect, it } from 'vitest';
import { makeUnit } from '../../test/matching-fixtures.ts';
import { distanceTier, greatCircleKm } from './distance.ts';
import { distanceResolution } from './matching-network.ts';

describe('distances', () => {
  it('measures great-circle kilometres (Paris to Marseille, about 661 km)', () => {
    const paris = { lon: 2.3522, lat: 48.8566 };
    const marseille = { lon: 5.3698, lat: 43.2965 };
    expect(greatCircleKm(paris, marseille)).toBeCloseTo(660.5, 0);
    expect(greatCircleKm(paris, paris)).toBe(0);
  });

  it('tiers: same commune, then EPCI, then département, then beyond', () => {
    const a = makeUnit('A', { epciCode: 'E1', departementCode: '83' });
    expect(distanceTier(a, a)).toBe('commune');
    expect(distanceTier(a, makeUnit('B', { epciCode: 'E1' }))).toBe('epci');
    expect(distanceTier(a, makeUnit('C', { epciCode: 'E2' }))).toBe('departement');
    expect(distanceTier(a, makeUnit('D', { epciCode: 'E2', departementCode: '06' }))).toBe('beyond');
    expect(
      distanceTier(makeUnit('X', { epciCode: null, departementCode: null }), makeUnit('Y', { epciCode: null, departementCode: null })),
    ).toBe('beyond');
  });

  it('keeps metres for département runs, coarsens only where sums would leave exact doubles', () => {
    expect(distanceResolution({ placed: 11_000, maxDistance: 60_000, levels: 20, nodes: 2_200 })).toBe(1);
    expect(distanceResolution({ placed: 200_000, maxDistance: 1_000_000, levels: 50, nodes: 10_000 })).toBe(1_000);
  });
});
