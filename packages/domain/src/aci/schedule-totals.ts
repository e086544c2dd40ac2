import type { PaymentLine } from './payment-line.ts';

export interface ScheduleTotal {
  /** Sum of the payments to the CPTS (positive lines). */
  paidCents: number;
  /** Sum of the repayments (as a positive number). */
  repaidCents: number;
  /** Paid less repaid. */
  netCents: number;
  /** Lines whose amount is unknown: the totals are then lower bounds. */
  unknownLines: number;
}

function add(total: ScheduleTotal, line: PaymentLine): ScheduleTotal {
  if (line.amountCents === null) return { ...total, unknownLines: total.unknownLines + 1 };
  const paid = Math.max(line.amountCents, 0);
  const repaid = Math.max(-line.amountCents, 0);
  return {
    paidCents: total.paidCents + paid,
    repaidCents: total.repaidCents + repaid,
    netCents: total.netCents + line.amountCents,
    unknownLines: total.unknownLines,
  };
}

const EMPTY: ScheduleTotal = { paidCents: 0, repaidCents: 0, netCents: 0, unknownLines: 0 };

/** Totals of a schedule, overall and per contract year (sums: independent of the lines' order). */
export function scheduleTotals(lines: readonly PaymentLine[]): { overall: ScheduleTotal; byYear: Record<number, ScheduleTotal> } {
  const byYear: Record<number, ScheduleTotal> = {};
  let overall = EMPTY;
  for (const line of lines) {
    overall = add(overall, line);
    byYear[line.contractYear] = add(byYear[line.contractYear] ?? EMPTY, line);
  }
  return { overall, byYear };
}
