/**
 * Matching benchmark (issue #9): Maillon's engine against the exact optimum of the same
 * instance solved as a linear program by HiGHS, then a département-wide CPAM list alone.
 * Prints figures and asserts nothing; ends with one summary line. Var (83) communes from the
 * COG; coordinates from MAILLON_GEO_DIR contours when set, else synthetic (said below).
 */
import { performance } from 'node:perf_hooks';
import { type MatchingInput, type MatchingResult, matchPatients, seededRandom } from '@maillon/domain';
import { highsOptimum } from './matching-highs.ts';
import { benchGeography, benchInstance, REFERENCE_DATE } from './matching-instance.ts';

const DEPARTEMENT = '83';
const SEED = 20_260_601;
const rand = seededRandom(SEED);
const geography = await benchGeography(DEPARTEMENT, process.env.MAILLON_GEO_DIR, rand);
console.log(`Département ${DEPARTEMENT} : ${geography.units.length} communes ; coordonnées ${geography.source}`);
console.log(`Graine ${SEED}, date de référence ${REFERENCE_DATE}, règle par défaut + fragilité (5), perte récente du MT (3), enfant (2)`);

const fr = (n: number) => Math.round(n).toLocaleString('fr-FR');
function describe(label: string, input: MatchingInput, run: ReturnType<typeof timed>) {
  const { result, ms, coldMs } = run;
  const { objective, stats } = result;
  const places = input.gps.reduce((sum, g) => sum + Math.min(g.availableNow, g.availableThisMonth), 0);
  const reasons = new Map<string, number>();
  for (const u of result.unmatched) reasons.set(u.reason, (reasons.get(u.reason) ?? 0) + 1);
  console.log(
    `${label} : ${fr(stats.patients)} patients × ${fr(stats.gps)} médecins (${fr(places)} places) → ${fr(stats.patientHubs)} groupes de patients × ` +
      `${fr(stats.gpClasses)} classes de médecins, ${fr(stats.arcs)} arcs, ${fr(stats.pivots)} pivots ; ${ms.toFixed(0)} ms (meilleur temps après un premier passage à ${coldMs.toFixed(0)} ms)`,
  );
  console.log(
    `  ${fr(objective.placements)} propositions, poids ${fr(objective.weightedPlacements)}, distance totale ${fr(objective.totalDistanceKm ?? 0)} km (${result.distanceMode}) ; ` +
      `non appariés : ${[...reasons].map(([r, n]) => `${r} ${fr(n)}`).join(', ')}`,
  );
}

/** Best of `runs` timed runs after a first, cold one (whose time is kept too). */
function timed(input: MatchingInput, runs: number): { result: MatchingResult; ms: number; coldMs: number } {
  let best = Number.POSITIVE_INFINITY;
  const cold = performance.now();
  let result = matchPatients(input);
  const coldMs = performance.now() - cold;
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    result = matchPatients(input);
    best = Math.min(best, performance.now() - t0);
  }
  return { result, ms: best, coldMs };
}

// 1. The instance HiGHS also solves: 10,000 patients × 500 GPs; 2. a département-wide CPAM
// list: 50,000 patients × 2,000 GPs. Maillon runs both first, so that the process's peak
// memory (maxRSS) read after them is Maillon's and the instances', before HiGHS loads.
const medium = benchInstance(geography, { patients: 10_000, gps: 500 }, rand);
const big = benchInstance(geography, { patients: 50_000, gps: 2_000 }, rand);
const maillon = timed(medium, 3);
const bigRun = timed(big, 2);
const peakRssMb = process.resourceUsage().maxRSS / 1024;
describe('Instance comparée', medium, maillon);
describe('Liste départementale', big, bigRun);
console.log(`  mémoire : pic du processus ${peakRssMb.toFixed(0)} Mo (Node, les deux instances et leurs calculs)`);

const lp = await highsOptimum(medium);
const same =
  lp.weightedPlacements === maillon.result.objective.weightedPlacements && lp.distanceCost === maillon.result.objective.distanceCost;
console.log(
  `HiGHS sur l'instance comparée (PL par patient : ${fr(lp.columns)} variables, ${fr(lp.rows)} contraintes, construit en ${lp.buildMs.toFixed(0)} ms) : ` +
    `résolu en ${lp.solveMs.toFixed(0)} ms (deux résolutions, chargement et construction exclus) ; poids ${fr(lp.weightedPlacements)} contre ${fr(maillon.result.objective.weightedPlacements)}, ` +
    `distance ${fr(lp.distanceCost)} m contre ${fr(maillon.result.objective.distanceCost)} m → ${same ? 'même optimum' : 'OPTIMA DIFFÉRENTS'}`,
);

const ratio = lp.solveMs / maillon.ms;
console.log(
  `matching: maillon_ms=${Math.round(maillon.ms)} highs_ms=${Math.round(lp.solveMs)} same_objective=${same ? 'yes' : 'no'} ratio=${ratio.toFixed(1)} big_ms=${Math.round(bigRun.ms)} big_rss_mb=${Math.round(peakRssMb)}`,
);
