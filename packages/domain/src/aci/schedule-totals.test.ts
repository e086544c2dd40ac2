import { describe, expect, it } from 'vitest';
import type { PaymentLine } from './payment-line.ts';
import { scheduleTotals } from './schedule-totals.ts';

const line = (contractYear: number, amountCents: number | null): PaymentLine => ({
  date: '2024-03-15',
  contractYear,
  item: 'operating',
  part: 'operating',
  kind: amountCents !== null && amountCents < 0 ? 'repayment' : 'advance',
  amountCents,
  basis: 'reported',
  explanation: '',
});

describe('schedule totals', () => {
  it('adds payments and repayments per year and overall, and counts the unknown lines', () => {
    const totals = scheduleTotals([line(1, 13_125_000), line(2, 9_843_750), line(2, -3_227_312), line(2, null)]);
    expect(totals.byYear[1]).toEqual({ paidCents: 13_125_000, repaidCents: 0, netCents: 13_125_000, unknownLines: 0 });
    expect(totals.byYear[2]).toEqual({ paidCents: 9_843_750, repaidCents: 3_227_312, netCents: 6_616_438, unknownLines: 1 });
    expect(totals.overall).toEqual({ paidCents: 22_968_750, repaidCents: 3_227_312, netCents: 19_741_438, unknownLines: 1 });
  });
});
