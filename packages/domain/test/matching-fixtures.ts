/**
 * Builders and an independent reference for the matching tests (not exported by the package).
 * The reference re-states the constraints from issue #9 in the plainest way and finds the
 * optimum by trying every assignment, so it shares no code with the engine but the haversine.
 */
import { type DistanceTier, greatCircleKm, type MatchingUnit } from '../src/matching/distance.ts';
import type { MatchingGp, MatchingInput, MatchingPatient } from '../src/matching/matching-input.ts';

export const makeUnit = (code: string, overrides: Partial<MatchingUnit> = {}): MatchingUnit => ({
  code,
  epciCode: 'E1',
  departementCode: '83',
  centroid: null,
  ...overrides,
});

export const makePatient = (
  id: string,
  overrides: Partial<Omit<MatchingPatient, 'priority'>> & { weight?: number; score?: number } = {},
): MatchingPatient => {
  const { weight = 1, score = weight * 1_000, ...rest } = overrides;
  return {
    id,
    unitCode: 'A',
    ageYears: 40,
    needsHomeVisits: false,
    priority: { groupId: `g${weight}`, groupLabel: `Groupe ${weight}`, groupRank: 10 - weight, score, weight },
    ...rest,
  };
};

export const makeGp = (id: string, overrides: Partial<MatchingGp> = {}): MatchingGp => ({
  id,
  unitCode: 'A',
  availableNow: 1,
  availableThisMonth: 1,
  ages: { min: null, max: null },
  homeVisits: true,
  serves: { unitCodes: null, maxDistanceKm: null, maxTier: 'departement' },
  ...overrides,
});

const TIERS: DistanceTier[] = ['commune', 'epci', 'departement', 'beyond'];

/** Plain restatement of the rules, for the reference and the properties. */
export function referenceRules(input: MatchingInput) {
  const unit = (code: string) => input.units.find((u) => u.code === code) as MatchingUnit;
  const involved = [...input.patients.map((p) => p.unitCode), ...input.gps.map((g) => g.unitCode)];
  const kilometres = involved.every((code) => unit(code).centroid !== null);
  const tier = (a: string, b: string): DistanceTier => {
    const x = unit(a);
    const y = unit(b);
    if (x.code === y.code) return 'commune';
    if (x.epciCode && x.epciCode === y.epciCode) return 'epci';
    if (x.departementCode && x.departementCode === y.departementCode) return 'departement';
    return 'beyond';
  };
  const km = (a: string, b: string) => {
    const x = unit(a).centroid;
    const y = unit(b).centroid;
    return kilometres && x && y ? greatCircleKm(x, y) : null;
  };
  const serves = (gp: MatchingGp, code: string) => {
    if (gp.serves.unitCodes?.length) return gp.serves.unitCodes.includes(code);
    const d = km(gp.unitCode, code);
    if (gp.serves.maxDistanceKm !== null && d !== null) return d <= gp.serves.maxDistanceKm;
    return TIERS.indexOf(tier(gp.unitCode, code)) <= TIERS.indexOf(gp.serves.maxTier);
  };
  const agesOk = (gp: MatchingGp, p: MatchingPatient) => (gp.ages.min ?? 0) <= p.ageYears && p.ageYears <= (gp.ages.max ?? 200);
  const visitsOk = (gp: MatchingGp, p: MatchingPatient) => gp.homeVisits || !p.needsHomeVisits;
  const fits = (gp: MatchingGp, p: MatchingPatient) => serves(gp, p.unitCode) && agesOk(gp, p) && visitsOk(gp, p);
  const places = (gp: MatchingGp) => Math.min(gp.availableNow, gp.availableThisMonth);
  const cost = (gp: MatchingGp, p: MatchingPatient) => {
    const d = km(gp.unitCode, p.unitCode);
    return d !== null ? Math.round(d * 1000) : TIERS.indexOf(tier(gp.unitCode, p.unitCode));
  };
  return { serves, agesOk, visitsOk, fits, places, cost };
}

/** The best (weighted placements, then total distance) over every assignment: small inputs only. */
export function bruteForceOptimum(input: MatchingInput): { weightedPlacements: number; distanceCost: number } {
  const rules = referenceRules(input);
  const left = input.gps.map(rules.places);
  let best = { weightedPlacements: 0, distanceCost: 0 };
  const visit = (i: number, weight: number, distance: number) => {
    if (i === input.patients.length) {
      if (weight > best.weightedPlacements || (weight === best.weightedPlacements && distance < best.distanceCost)) {
        best = { weightedPlacements: weight, distanceCost: distance };
      }
      return;
    }
    const patient = input.patients[i] as MatchingPatient;
    visit(i + 1, weight, distance);
    input.gps.forEach((gp, g) => {
      if ((left[g] ?? 0) > 0 && rules.fits(gp, patient)) {
        left[g] = (left[g] ?? 0) - 1;
        visit(i + 1, weight + patient.priority.weight, distance + rules.cost(gp, patient));
        left[g] = (left[g] ?? 0) + 1;
      }
    });
  };
  visit(0, 0, 0);
  return best;
}
