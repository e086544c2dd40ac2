import { describe, expect, it } from 'vitest';
import { DEFAULT_FOLLOW_UP } from './follow-up.ts';
import { type IndicatorRequest, percentile, waitingListIndicators } from './waiting-list-indicators.ts';

const request = (over: Partial<IndicatorRequest>): IndicatorRequest => ({
  waiting: true,
  groupLabel: 'Autres',
  unitCode: '83001',
  requestedOn: '2026-01-01',
  placedOn: null,
  fromCpam: false,
  ald: false,
  senior: false,
  ...over,
});

describe('percentile', () => {
  it('takes the nearest rank', () => {
    expect(percentile([1, 2, 3, 4, 5, 6, 7, 8, 9, 10], 0.9)).toBe(9);
    expect(percentile([4, 8], 0.5)).toBe(4);
    expect(percentile([], 0.5)).toBeNull();
  });
});

describe('waitingListIndicators', () => {
  const requests = [
    request({ groupLabel: 'ALD', fromCpam: true, ald: true }),
    request({ groupLabel: 'ALD', unitCode: '83002', fromCpam: true, ald: true, waiting: false, placedOn: '2026-01-11' }),
    request({ groupLabel: '70 ans et plus', fromCpam: true, senior: true, waiting: false, placedOn: '2026-03-01' }),
    request({ unitCode: '83002' }),
    request({ unitCode: '83002' }),
  ];
  const result = waitingListIndicators(requests, { groupOrder: ['ALD', '70 ans et plus', 'Autres'], followUp: DEFAULT_FOLLOW_UP });

  it('counts waiting requests by group in the rule order and by commune, most first', () => {
    expect(result.waiting).toBe(3);
    expect(result.waitingByGroup).toEqual([
      { label: 'ALD', count: 1 },
      { label: '70 ans et plus', count: 0 },
      { label: 'Autres', count: 2 },
    ]);
    expect(result.waitingByUnit).toEqual([
      { unitCode: '83002', count: 2 },
      { unitCode: '83001', count: 1 },
    ]);
  });

  it('counts placements per month, the median and p90 wait, and those answered within the commitment', () => {
    expect(result.placedByMonth).toEqual([
      { month: '2026-01', count: 1 },
      { month: '2026-03', count: 1 },
    ]);
    expect(result.medianWaitDays).toBe(10);
    expect(result.p90WaitDays).toBe(59);
    expect(result.answeredInTime).toBe(1);
    expect(result.answeredInTimeRate).toBe(0.5);
  });

  it('compares ALD and 70+ still waiting with the CPAM baseline', () => {
    expect(result.ald).toEqual({ baseline: 2, stillWaiting: 1 });
    expect(result.seniors).toEqual({ baseline: 1, stillWaiting: 0 });
  });
});
