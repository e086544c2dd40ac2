import { describe, expect, it } from 'vitest';
import { DomainError } from '../errors.ts';
import {
  checkDuesPayment,
  type DuesPaymentPlanRequest,
  type DuesPaymentRequest,
  duesStatus,
  nextReceiptNumber,
  paidRate,
  planDuesPayment,
  receiptOf,
} from './dues.ts';

const member = { status: 'active', joinedOn: '2024-02-01', leftOn: null, categoryId: 'c' } as const;
const request = (overrides: Partial<DuesPaymentRequest> = {}): DuesPaymentRequest => ({
  member,
  year: 2026,
  paidOn: '2026-03-10',
  amountCents: 3000,
  today: '2026-11-22',
  ...overrides,
});

function fieldOf(r: DuesPaymentRequest): string | undefined {
  try {
    checkDuesPayment(r);
  } catch (error) {
    if (error instanceof DomainError) return error.field;
    throw error;
  }
  throw new Error('expected the payment to be refused');
}

describe('nextReceiptNumber', () => {
  it('starts each year at 0001', () => {
    expect(nextReceiptNumber(2026, [])).toBe('2026-0001');
    expect(nextReceiptNumber(2027, ['2026-0001', '2026-0002'])).toBe('2027-0001');
  });

  it('follows the highest number issued that year, holes included', () => {
    expect(nextReceiptNumber(2026, ['2026-0001', '2026-0007', '2026-0003', '2025-0040'])).toBe('2026-0008');
  });

  it('ignores numbers that are not receipts of the form year-sequence', () => {
    expect(nextReceiptNumber(2026, ['abc', '2026-x', '2026-0002'])).toBe('2026-0003');
  });

  it('grows past 9999 without colliding', () => {
    expect(nextReceiptNumber(2026, ['2026-9999'])).toBe('2026-10000');
  });
});

describe('duesStatus and paidRate', () => {
  it('says paid, unpaid or exempt', () => {
    expect(duesStatus({ paidOn: '2026-01-05' }, 3000)).toBe('paid');
    expect(duesStatus(null, 3000)).toBe('unpaid');
    expect(duesStatus({ paidOn: null }, 3000)).toBe('unpaid');
    expect(duesStatus(null, 0)).toBe('exempt');
  });

  it('computes the paid rate among members who owe dues', () => {
    expect(paidRate(['paid', 'unpaid', 'exempt', 'paid'])).toBeCloseTo(2 / 3);
    expect(paidRate(['exempt'])).toBeNull();
  });
});

describe('checkDuesPayment', () => {
  it('accepts a payment of a member of that year, and its cancellation', () => {
    expect(() => checkDuesPayment(request())).not.toThrow();
    expect(() => checkDuesPayment(request({ paidOn: null, amountCents: 0 }))).not.toThrow();
  });

  it('names the faulty field', () => {
    expect(fieldOf(request({ paidOn: '2026-12-01' }))).toBe('paidOn');
    expect(fieldOf(request({ paidOn: '2026-13-01' }))).toBe('paidOn');
    expect(fieldOf(request({ amountCents: 0 }))).toBe('amountCents');
    expect(fieldOf(request({ year: 2023 }))).toBe('year');
    expect(fieldOf(request({ year: 2028 }))).toBe('year');
    expect(fieldOf(request({ member: { ...member, leftOn: '2025-06-30', status: 'left' } }))).toBe('year');
    expect(fieldOf(request({ member: { ...member, categoryId: null } }))).toBe('categoryId');
    expect(fieldOf(request({ member: { ...member, status: 'requested' } }))).toBe('memberId');
  });
});

describe('planDuesPayment', () => {
  const plan = (overrides: Partial<DuesPaymentPlanRequest> = {}) =>
    planDuesPayment({
      member,
      year: 2026,
      paidOn: '2026-03-10',
      today: '2026-11-22',
      amountCents: undefined,
      existing: undefined,
      yearlyDuesCents: 3000,
      issued: ['2026-0001', '2026-0002'],
      ...overrides,
    });

  it('numbers the first payment after the receipts issued that year, at the category amount', () => {
    expect(plan()).toEqual({ amountCents: 3000, receiptNumber: '2026-0003' });
  });

  it('takes the amount said, else the one recorded', () => {
    expect(plan({ amountCents: 1500 }).amountCents).toBe(1500);
    expect(plan({ existing: { amountCents: 2000, receiptNumber: null } }).amountCents).toBe(2000);
  });

  it('keeps the number of a payment recorded before, even when it is cancelled', () => {
    const existing = { amountCents: 3000, receiptNumber: '2026-0001' };
    expect(plan({ existing })).toEqual({ amountCents: 3000, receiptNumber: '2026-0001' });
    expect(plan({ existing, paidOn: null })).toEqual({ amountCents: 3000, receiptNumber: '2026-0001' });
  });

  it('gives no number to an unpaid year', () => {
    expect(plan({ paidOn: null }).receiptNumber).toBeNull();
  });

  it('checks the payment: nothing to pay in a category without dues', () => {
    expect(() => plan({ yearlyDuesCents: 0 })).toThrow(expect.objectContaining({ code: 'INVALID', field: 'amountCents' }));
  });
});

describe('receiptOf', () => {
  it('issues a receipt for a paid year only', () => {
    const paid = { year: 2026, amountCents: 3000, paidOn: '2026-03-10', receiptNumber: '2026-0001' };
    expect(receiptOf(paid, 2026)).toEqual(paid);
    expect(() => receiptOf({ ...paid, paidOn: null }, 2026)).toThrow(expect.objectContaining({ code: 'CONFLICT', field: 'year' }));
    expect(() => receiptOf(undefined, 2026)).toThrow(expect.objectContaining({ code: 'CONFLICT', field: 'year' }));
  });
});
