import { daysBetween } from '../lifecycle/dates.ts';
import { answeredInTime, type FollowUpSettings } from './follow-up.ts';

/**
 * One request as the indicators need it (no identity). `placedOn`: the day a GP accepted the
 * patient (the request is answered); null while waiting or if it left the list otherwise.
 */
export interface IndicatorRequest {
  waiting: boolean;
  groupLabel: string;
  unitCode: string;
  requestedOn: string;
  placedOn: string | null;
  /** Filed from the CPAM's list of patients without a médecin traitant. */
  fromCpam: boolean;
  ald: boolean;
  senior: boolean;
}

export interface WaitingListIndicators {
  waiting: number;
  waitingByGroup: { label: string; count: number }[];
  waitingByUnit: { unitCode: string; count: number }[];
  /** YYYY-MM → patients placed that month, in month order. */
  placedByMonth: { month: string; count: number }[];
  placed: number;
  /** Days from filing to placement, over the placed requests; null when none. */
  medianWaitDays: number | null;
  p90WaitDays: number | null;
  answeredInTime: number;
  /** Share of placed requests answered within the commitment, 0–1; null when none placed. */
  answeredInTimeRate: number | null;
  /** CPAM baseline (ALD / 70+ patients the CPAM listed) and those of them still without a GP. */
  ald: { baseline: number; stillWaiting: number };
  seniors: { baseline: number; stillWaiting: number };
}

/** Nearest-rank percentile (the value at rank ⌈p·n⌉ of the sorted list): a day count that occurred. */
export function percentile(sorted: readonly number[], p: number): number | null {
  if (sorted.length === 0) return null;
  const rank = Math.max(1, Math.ceil(p * sorted.length));
  return sorted[rank - 1] ?? null;
}

const countBy = <K extends string>(items: readonly K[]) => {
  const counts = new Map<K, number>();
  for (const item of items) counts.set(item, (counts.get(item) ?? 0) + 1);
  return counts;
};

/**
 * The waiting-list indicators of issue #9 item 6 (docs/reference/mt-matching.md §4): counts only,
 * so they can be shown to the ARS and the CPAM. Groups keep the order of `groupOrder` (the
 * CPTS's priority rule); communes and months are sorted.
 */
export function waitingListIndicators(
  requests: readonly IndicatorRequest[],
  options: { groupOrder: readonly string[]; followUp: FollowUpSettings },
): WaitingListIndicators {
  const waiting = requests.filter((r) => r.waiting);
  const byGroup = countBy(waiting.map((r) => r.groupLabel));
  const groups = [...options.groupOrder, ...[...byGroup.keys()].filter((g) => !options.groupOrder.includes(g))];
  const placed = requests.filter((r): r is IndicatorRequest & { placedOn: string } => r.placedOn !== null);
  const waits = placed.map((r) => daysBetween(r.requestedOn, r.placedOn)).sort((a, b) => a - b);
  const inTime = placed.filter((r) => answeredInTime(r.requestedOn, r.placedOn, options.followUp)).length;
  const cpam = requests.filter((r) => r.fromCpam);
  return {
    waiting: waiting.length,
    waitingByGroup: groups.map((label) => ({ label, count: byGroup.get(label) ?? 0 })),
    waitingByUnit: [...countBy(waiting.map((r) => r.unitCode))]
      .map(([unitCode, count]) => ({ unitCode, count }))
      .sort((a, b) => b.count - a.count || a.unitCode.localeCompare(b.unitCode)),
    placedByMonth: [...countBy(placed.map((r) => r.placedOn.slice(0, 7)))]
      .map(([month, count]) => ({ month, count }))
      .sort((a, b) => a.month.localeCompare(b.month)),
    placed: placed.length,
    medianWaitDays: percentile(waits, 0.5),
    p90WaitDays: percentile(waits, 0.9),
    answeredInTime: inTime,
    answeredInTimeRate: placed.length === 0 ? null : inTime / placed.length,
    ald: { baseline: cpam.filter((r) => r.ald).length, stillWaiting: cpam.filter((r) => r.ald && r.waiting).length },
    seniors: { baseline: cpam.filter((r) => r.senior).length, stillWaiting: cpam.filter((r) => r.senior && r.waiting).length },
  };
}
