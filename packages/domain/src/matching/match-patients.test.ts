import { describe, expect, it } from 'vitest';
import { makeGp, makePatient, makeUnit } from '../../test/matching-fixtures.ts';
import { matchPatients } from './match-patients.ts';
import type { MatchingInput, MatchingProgress } from './matching-input.ts';

// About 8 km per 0.1° of longitude at this latitude.
const units = [
  makeUnit('A', { centroid: { lon: 6.0, lat: 43.1 } }),
  makeUnit('B', { centroid: { lon: 6.1, lat: 43.1 } }),
  makeUnit('C', { epciCode: 'E2', centroid: { lon: 6.3, lat: 43.1 } }),
];
const run = (input: Omit<MatchingInput, 'units'>, withUnits = units) => matchPatients({ units: withUnits, ...input });
const pairs = (result: ReturnType<typeof matchPatients>) => result.proposals.map((p) => `${p.patientId}→${p.gpId}`).sort();

describe('matchPatients', () => {
  it('gives the only place to the higher priority, even farther away', () => {
    const result = run({
      patients: [makePatient('near', { unitCode: 'A', weight: 1 }), makePatient('ald', { unitCode: 'C', weight: 3 })],
      gps: [makeGp('gp', { unitCode: 'A' })],
    });
    expect(pairs(result)).toEqual(['ald→gp']);
    expect(result.unmatched).toMatchObject([{ patientId: 'near', reason: 'capacityExhausted', gpsCompatible: 1 }]);
  });

  it('sends a patient to a farther GP when that places one more (not greedy nearest)', () => {
    // The ALD patient could take the GP next door, but then the other patient, whom only that GP
    // accepts, would have none: the optimum sends the ALD patient 8 km away instead.
    const result = run({
      patients: [
        makePatient('ald', { unitCode: 'A', weight: 3, ageYears: 60 }),
        makePatient('other', { unitCode: 'A', weight: 1, ageYears: 30 }),
      ],
      gps: [makeGp('next-door', { unitCode: 'A' }), makeGp('farther', { unitCode: 'B', ages: { min: 50, max: null } })],
    });
    expect(pairs(result)).toEqual(['ald→farther', 'other→next-door']);
    expect(result.objective.weightedPlacements).toBe(4);
  });

  it('at equal priority, places the nearer patient', () => {
    const result = run({
      patients: [makePatient('far', { unitCode: 'C', weight: 2 }), makePatient('near', { unitCode: 'B', weight: 2 })],
      gps: [makeGp('gp', { unitCode: 'A' })],
    });
    expect(pairs(result)).toEqual(['near→gp']);
    expect(result.unmatched[0]?.explanation).toContain('à priorité égale, la distance départage');
  });

  it('within a commune and a priority, places the older request first', () => {
    const result = run({
      patients: [makePatient('z-old', { weight: 2, score: 2_500 }), makePatient('a-new', { weight: 2, score: 2_010 })],
      gps: [makeGp('gp')],
    });
    expect(pairs(result)).toEqual(['z-old→gp']);
  });

  it('counts the smaller of the places now and this month, and says what is left', () => {
    const result = run({
      patients: ['p1', 'p2', 'p3'].map((id) => makePatient(id)),
      gps: [makeGp('gp', { availableNow: 5, availableThisMonth: 2 })],
    });
    expect(result.objective.placements).toBe(2);
    expect(result.proposals[0]).toMatchObject({ gpRemainingNow: 3, gpRemainingThisMonth: 0 });
    expect(result.proposals[0]?.explanation).toBe(
      'Groupe « Groupe 1 » ; cabinet à 0,0 km (même commune) ; places restantes pour ce médecin après ce calcul : 3 maintenant, 0 ce mois-ci',
    );
  });

  it('sends a patient who needs home visits only to a GP who makes them', () => {
    const result = run({
      patients: [makePatient('bedridden', { needsHomeVisits: true, ageYears: 88 })],
      gps: [makeGp('no-visits', { homeVisits: false })],
    });
    expect(result.proposals).toEqual([]);
    expect(result.unmatched[0]).toMatchObject({ reason: 'homeVisitsUnavailable', gpsInReach: 1, gpsAcceptingAge: 1, gpsCompatible: 0 });
    expect(result.unmatched[0]?.explanation).toBe(
      'Visites à domicile non assurées : le médecin à portée qui accepte cet âge ne se déplace pas à domicile.',
    );
  });

  it('respects the ages a GP accepts', () => {
    const result = run({ patients: [makePatient('child', { ageYears: 8 })], gps: [makeGp('adults', { ages: { min: 16, max: null } })] });
    expect(result.unmatched[0]).toMatchObject({ reason: 'ageNotAccepted' });
    expect(result.unmatched[0]?.explanation).toBe(
      'Âge non accepté : le médecin qui dessert cette commune ne prend pas de patient de 8 ans.',
    );
  });

  it('respects the communes or the distance a GP serves, and names the nearest practice', () => {
    const result = run({
      patients: [makePatient('c', { unitCode: 'C' }), makePatient('b', { unitCode: 'B' })],
      gps: [
        makeGp('listed', { unitCode: 'A', serves: { unitCodes: ['A'], maxDistanceKm: null, maxTier: 'beyond' } }),
        makeGp('radius', { unitCode: 'A', serves: { unitCodes: null, maxDistanceKm: 10, maxTier: 'commune' } }),
      ],
    });
    expect(pairs(result)).toEqual(['b→radius']);
    expect(result.unmatched[0]).toMatchObject({ patientId: 'c', reason: 'outOfReach', nearestGp: { tier: 'departement' } });
    expect(result.unmatched[0]?.explanation).toMatch(
      /^Aucun médecin à portée : aucun ne dessert cette commune .* le cabinet le plus proche est à 24,4 km\.$/,
    );
  });

  it('falls back to tiers when a unit has no centroid, and keeps other départements out unless accepted', () => {
    const tiers = [makeUnit('A'), makeUnit('B'), makeUnit('X', { departementCode: '06', epciCode: 'E9' })];
    const result = run(
      {
        patients: [makePatient('x1', { unitCode: 'X' }), makePatient('x2', { unitCode: 'X' }), makePatient('b', { unitCode: 'B' })],
        gps: [
          makeGp('local', { availableNow: 3, availableThisMonth: 3 }),
          makeGp('wide', { serves: { unitCodes: null, maxDistanceKm: 30, maxTier: 'beyond' } }),
        ],
      },
      tiers,
    );
    expect(result.distanceMode).toBe('tiers');
    expect(result.missingCentroids).toEqual(['A', 'B', 'X']);
    expect(pairs(result)).toEqual(['b→local', 'x1→wide']);
    expect(result.proposals.find((p) => p.patientId === 'x1')?.explanation).toContain('cabinet hors du département');
    expect(result.objective).toMatchObject({ placements: 2, distanceCost: 1 + 3, totalDistanceKm: null });
  });

  it('reports a GP without declared places apart from a full one', () => {
    const result = run({ patients: [makePatient('p')], gps: [makeGp('closed', { availableNow: 0 })] });
    expect(result.unmatched[0]).toMatchObject({ reason: 'capacityExhausted', gpsWithoutPlaces: 1 });
    expect(result.unmatched[0]?.explanation).toContain('n’a pas de place déclarée');
  });

  it('shares the load of identical GPs in turn', () => {
    const result = run({
      patients: ['p1', 'p2', 'p3', 'p4'].map((id) => makePatient(id)),
      gps: [makeGp('gp-a', { availableNow: 3, availableThisMonth: 3 }), makeGp('gp-b', { availableNow: 3, availableThisMonth: 3 })],
    });
    expect(result.stats.gpClasses).toBe(1);
    expect(result.proposals.filter((p) => p.gpId === 'gp-a')).toHaveLength(2);
  });

  it('reports its progress phase by phase, ending each one', () => {
    const seen: MatchingProgress[] = [];
    matchPatients({ units, patients: [makePatient('p'), makePatient('q', { unitCode: 'C' })], gps: [makeGp('gp')] }, (p) => seen.push(p));
    expect([...new Set(seen.map((p) => p.phase))]).toEqual(['grouping', 'network', 'solving', 'explaining']);
    for (const phase of ['grouping', 'network', 'solving', 'explaining'] as const) {
      const last = seen.filter((p) => p.phase === phase).at(-1);
      expect(last?.done).toBe(last?.total);
    }
  });

  it('answers an empty run with nothing to propose', () => {
    const result = run({ patients: [], gps: [makeGp('gp')] });
    expect(result.proposals).toEqual([]);
    expect(result.gpLoads).toEqual([{ gpId: 'gp', proposed: 0, remainingNow: 1, remainingThisMonth: 1 }]);
    expect(run({ patients: [makePatient('p')], gps: [] }).unmatched[0]).toMatchObject({ reason: 'outOfReach', nearestGp: null });
  });

  it('refuses an input naming the offending field', () => {
    expect(() => run({ patients: [makePatient('p', { unitCode: 'Z' })], gps: [] })).toThrow(
      expect.objectContaining({ field: 'patients[0].unitCode' }),
    );
    expect(() => run({ patients: [], gps: [makeGp('g', { ages: { min: 20, max: 10 } })] })).toThrow(
      expect.objectContaining({ field: 'gps[0].ages.max' }),
    );
    expect(() => run({ patients: [], gps: [makeGp('g'), makeGp('g')] })).toThrow(expect.objectContaining({ field: 'gps[1].id' }));
  });
});
