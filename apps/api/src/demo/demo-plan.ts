import { addMonths, MAIN_LINE, seededRandom as random, type Stage, type TerritoryIndex } from '@maillon/domain';
import { type DemoGroup, demoTerritories } from './demo-territories.ts';

export interface DemoCpts {
  name: string;
  stage: Stage;
  unitCodes: string[];
  /** Main-line steps with their dates, oldest first. */
  steps: { to: Stage; occurredOn: string }[];
  coordinatorAccount: boolean;
}

export interface DemoPlanInput {
  index: TerritoryIndex;
  regionCode: string;
  today: string;
}

/**
 * Stages echoing the published PACA situation (issue #2): 56 CPTS with a validated health
 * project and a signed ACI contract, 13 health projects being written, a few letters of
 * intent; the smallest territories are left uncovered so that white zones exist.
 */
export const DEMO_STAGE_COUNTS: readonly [Stage, number][] = [
  ['operating', 50],
  ['aciSigned', 6],
  ['healthProjectDrafting', 13],
  ['letterOfIntentValidated', 3],
  ['letterOfIntentSubmitted', 2],
];
const MIN_WHITE_ZONE_GROUPS = 2;
const MAX_WHITE_ZONE_GROUPS = 5;

function stepsTo(stage: Stage, lastOn: string, rand: () => number): DemoCpts['steps'] {
  const path = MAIN_LINE.slice(0, MAIN_LINE.indexOf(stage) + 1);
  const steps: DemoCpts['steps'] = [];
  let date = lastOn;
  for (let i = path.length - 1; i >= 0; i--) {
    steps.unshift({ to: path[i] as Stage, occurredOn: date });
    date = addMonths(date, -(2 + Math.floor(rand() * 4)));
  }
  return steps;
}

export function planDemo({ index, regionCode, today }: DemoPlanInput): DemoCpts[] {
  const rand = random(93);
  const groups = demoTerritories(index, regionCode);
  // The smallest territories stay uncovered, as many as the stage counts leave (at least 2:
  // without contours, large EPCI are cut into fewer pieces).
  const needed = DEMO_STAGE_COUNTS.reduce((sum, [, count]) => sum + count, 0);
  const whiteCount = Math.max(MIN_WHITE_ZONE_GROUPS, Math.min(MAX_WHITE_ZONE_GROUPS, groups.length - needed));
  const bySize = [...groups].sort((a, b) => a.population - b.population);
  const white = new Set(bySize.slice(0, whiteCount).map((g) => g.key));
  const candidates = groups.filter((g) => !white.has(g.key));
  // Shuffle so that stages are spread over the region.
  for (let i = candidates.length - 1; i > 0; i--) {
    const j = Math.floor(rand() * (i + 1));
    [candidates[i], candidates[j]] = [candidates[j] as DemoGroup, candidates[i] as DemoGroup];
  }
  const names = new Map<string, number>();
  const result: DemoCpts[] = [];
  let next = 0;
  for (const [stage, count] of DEMO_STAGE_COUNTS) {
    for (let k = 0; k < count && next < candidates.length; k++, next++) {
      const group = candidates[next] as DemoGroup;
      const seen = names.get(group.name) ?? 0;
      names.set(group.name, seen + 1);
      // Recent signatures make ACI deadlines near or late; older ones are long past.
      const monthsAgo =
        stage === 'aciSigned' ? 4 + k * 3 : stage === 'operating' ? 12 + Math.floor(rand() * 60) : 1 + Math.floor(rand() * 8);
      result.push({
        name: `CPTS démo ${group.name}${seen ? ` ${seen + 1}` : ''}`,
        stage,
        unitCodes: group.unitIndices.map((i) => index.units[i]?.code ?? ''),
        steps: stepsTo(stage, addMonths(today, -monthsAgo), rand),
        coordinatorAccount: false,
      });
    }
  }
  const drafting = result.filter((c) => c.stage === 'healthProjectDrafting');
  const withShapes = drafting.filter((c) => c.unitCodes.every((code) => index.hasShape[index.indexByCode.get(code) ?? -1]));
  const coordinated = (withShapes[0] ?? drafting[0]) as DemoCpts;
  coordinated.coordinatorAccount = true;
  addOverlap(index, result);
  return result;
}

/** Extends one operating CPTS over a neighbouring CPTS's border unit, so an overlap exists. */
function addOverlap(index: TerritoryIndex, list: DemoCpts[]): void {
  const owner = new Map<string, DemoCpts>();
  for (const c of list) for (const code of c.unitCodes) owner.set(code, c);
  for (const cpts of list.filter((c) => c.stage === 'operating')) {
    for (const code of cpts.unitCodes) {
      const i = index.indexByCode.get(code) ?? -1;
      const end = index.adjacencyOffsets[i + 1] ?? 0;
      for (let k = index.adjacencyOffsets[i] ?? 0; k < end; k++) {
        const neighbour = index.units[index.adjacency[k] as number]?.code ?? '';
        const other = owner.get(neighbour);
        if (other && other !== cpts && other.stage === 'operating') {
          cpts.unitCodes.push(neighbour);
          return;
        }
      }
    }
  }
  // No contours: no adjacency known, so take the first unit of another operating CPTS.
  const [first, second] = list.filter((c) => c.stage === 'operating');
  if (first && second?.unitCodes[0]) first.unitCodes.push(second.unitCodes[0]);
}
