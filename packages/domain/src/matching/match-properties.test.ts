import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { bruteForceOptimum, makeGp, makePatient, referenceRules } from '../../test/matching-fixtures.ts';
import type { MatchingUnit } from './distance.ts';
import { matchPatients } from './match-patients.ts';
import type { MatchingGp, MatchingInput, MatchingPatient } from './matching-input.ts';

const CODES = ['A', 'B', 'C', 'D', 'E'];

/** Five units over two EPCI and two départements; sometimes one lacks a centroid (tiers mode). */
const unitsArb: fc.Arbitrary<MatchingUnit[]> = fc
  .tuple(
    fc.array(fc.record({ lon: fc.double({ min: 5.9, max: 6.4, noNaN: true }), lat: fc.double({ min: 43.0, max: 43.3, noNaN: true }) }), {
      minLength: 5,
      maxLength: 5,
    }),
    fc.option(fc.nat(4), { freq: 3 }),
  )
  .map(([points, missing]) =>
    CODES.map((code, i) => ({
      code,
      epciCode: i < 2 ? 'E1' : i < 4 ? 'E2' : 'E3',
      departementCode: i < 4 ? '83' : '06',
      centroid: i === missing ? null : (points[i] ?? null),
    })),
  );

const patientArb = fc
  .record({
    unitCode: fc.constantFrom(...CODES),
    ageYears: fc.constantFrom(4, 15, 30, 70, 85),
    needsHomeVisits: fc.nat(4).map((n) => n === 0),
    // Uneven weights: the engine works on their ranks, the reference on the weights themselves.
    weight: fc.constantFrom(1, 2, 5, 40),
    wait: fc.nat(300),
  })
  .map(({ weight, wait, ...rest }) => ({ ...rest, weight, score: weight * 1_000_000 + wait }));

const gpArb = fc.record({
  unitCode: fc.constantFrom(...CODES),
  availableNow: fc.nat(4),
  availableThisMonth: fc.integer({ min: 1, max: 4 }),
  ages: fc.constantFrom({ min: null, max: null }, { min: 16, max: null }, { min: null, max: 15 }, { min: 20, max: 80 }),
  homeVisits: fc.boolean(),
  serves: fc.oneof(
    fc.record({
      unitCodes: fc.subarray(CODES, { minLength: 1 }),
      maxDistanceKm: fc.constant(null),
      maxTier: fc.constant('commune' as const),
    }),
    fc.record({
      unitCodes: fc.constant(null),
      maxDistanceKm: fc.constantFrom(10, 20, 40),
      maxTier: fc.constantFrom('commune' as const, 'epci' as const),
    }),
    fc.record({
      unitCodes: fc.constant(null),
      maxDistanceKm: fc.constant(null),
      maxTier: fc.constantFrom('commune' as const, 'epci' as const, 'departement' as const, 'beyond' as const),
    }),
  ),
});

const inputArb = (maxPatients: number, maxGps: number): fc.Arbitrary<MatchingInput> =>
  fc
    .record({
      units: unitsArb,
      patients: fc.array(patientArb, { maxLength: maxPatients }),
      gps: fc.array(gpArb, { minLength: 1, maxLength: maxGps }),
    })
    .map((raw) => ({
      units: raw.units,
      patients: raw.patients.map((p, i) => makePatient(`p${i}`, p)),
      gps: raw.gps.map((g, i) => makeGp(`g${i}`, g)),
    }));

describe('matchPatients properties', () => {
  it('keeps every GP within places, every patient once, every proposal within the constraints', () => {
    fc.assert(
      fc.property(inputArb(25, 6), (input) => {
        const result = matchPatients(input);
        const rules = referenceRules(input);
        const ids = [...result.proposals.map((p) => p.patientId), ...result.unmatched.map((u) => u.patientId)];
        expect(ids.sort()).toEqual(input.patients.map((p) => p.id).sort());
        const load = new Map<string, number>();
        for (const proposal of result.proposals) {
          const gp = input.gps.find((g) => g.id === proposal.gpId) as MatchingGp;
          const patient = input.patients.find((p) => p.id === proposal.patientId) as MatchingPatient;
          expect(rules.fits(gp, patient)).toBe(true);
          load.set(gp.id, (load.get(gp.id) ?? 0) + 1);
        }
        for (const gp of input.gps) expect(load.get(gp.id) ?? 0).toBeLessThanOrEqual(rules.places(gp));
      }),
      { numRuns: 300 },
    );
  });

  it('reaches the optimum of an exhaustive search: weighted placements, then distance', () => {
    fc.assert(
      fc.property(inputArb(7, 3), (input) => {
        const { objective } = matchPatients(input);
        expect({ weightedPlacements: objective.weightedPlacements, distanceCost: objective.distanceCost }).toEqual(
          bruteForceOptimum(input),
        );
      }),
      { numRuns: 300 },
    );
  });

  it('gives reasons that hold: reach, then age, then visits, then full GPs holding no lower priority', () => {
    fc.assert(
      fc.property(inputArb(25, 6), (input) => {
        const result = matchPatients(input);
        const rules = referenceRules(input);
        const load = new Map<string, MatchingPatient[]>();
        for (const p of result.proposals) {
          load.set(p.gpId, [...(load.get(p.gpId) ?? []), input.patients.find((x) => x.id === p.patientId) as MatchingPatient]);
        }
        for (const blocked of result.unmatched) {
          const patient = input.patients.find((p) => p.id === blocked.patientId) as MatchingPatient;
          const inReach = input.gps.filter((g) => rules.serves(g, patient.unitCode));
          const ageOk = inReach.filter((g) => rules.agesOk(g, patient));
          const compatible = ageOk.filter((g) => rules.visitsOk(g, patient));
          expect([blocked.gpsInReach, blocked.gpsAcceptingAge, blocked.gpsCompatible]).toEqual([
            inReach.length,
            ageOk.length,
            compatible.length,
          ]);
          const expected =
            inReach.length === 0
              ? 'outOfReach'
              : ageOk.length === 0
                ? 'ageNotAccepted'
                : compatible.length === 0
                  ? 'homeVisitsUnavailable'
                  : 'capacityExhausted';
          expect(blocked.reason).toBe(expected);
          if (blocked.reason !== 'capacityExhausted') continue;
          for (const gp of compatible) {
            const holders = load.get(gp.id) ?? [];
            expect(holders.length).toBe(rules.places(gp));
            for (const holder of holders) expect(holder.priority.weight).toBeGreaterThanOrEqual(patient.priority.weight);
          }
        }
      }),
      { numRuns: 300 },
    );
  });

  it('gives the same result for the same input in any order', () => {
    fc.assert(
      fc.property(inputArb(25, 6), fc.nat(), (input, seed) => {
        const shuffle = <T>(items: readonly T[]) =>
          items
            .map((item, i) => ({ item, key: (i * 2_654_435_761 + seed) % 4_294_967_296 }))
            .sort((a, b) => a.key - b.key)
            .map((x) => x.item);
        const again = matchPatients({ units: shuffle(input.units), patients: shuffle(input.patients), gps: shuffle(input.gps) });
        expect(again).toEqual(matchPatients(input));
      }),
      { numRuns: 100 },
    );
  });
});
