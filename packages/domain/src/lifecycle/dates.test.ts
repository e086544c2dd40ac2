import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addMonths, daysBetween, isIsoDate } from './dates.ts';

const isLeap = (y: number) => y % 4 === 0 && (y % 100 !== 0 || y % 400 === 0);
const daysInMonth = (y: number, m: number) => [31, isLeap(y) ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][m - 1] as number;
const iso = (y: number, m: number, d: number) => `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
const parse = (date: string) => date.split('-').map(Number) as [number, number, number];

/** Days since 1970-01-01 of a proleptic Gregorian date (H. Hinnant's days_from_civil), independent of Date. */
function dayNumber(y: number, m: number, d: number): number {
  const yy = m <= 2 ? y - 1 : y;
  const era = Math.floor(yy / 400);
  const yoe = yy - era * 400;
  const doy = Math.floor((153 * ((m + 9) % 12) + 2) / 5) + d - 1;
  return era * 146_097 + yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy - 719_468;
}

const dateArb = fc
  .record({ y: fc.integer({ min: 1900, max: 2300 }), m: fc.integer({ min: 1, max: 12 }), d: fc.integer({ min: 1, max: 31 }) })
  .map(({ y, m, d }) => iso(y, m, Math.min(d, daysInMonth(y, m))));

describe('isIsoDate', () => {
  it('accepts real calendar dates only: 29 February in leap years, no 30 February, no year 0', () => {
    expect(isIsoDate('2024-02-29')).toBe(true);
    expect(isIsoDate('2000-02-29')).toBe(true);
    expect(isIsoDate('2025-02-29')).toBe(false);
    expect(isIsoDate('1900-02-29')).toBe(false);
    expect(isIsoDate('2026-02-30')).toBe(false);
    expect(isIsoDate('2026-04-31')).toBe(false);
    expect(isIsoDate('2026-13-01')).toBe(false);
    expect(isIsoDate('2026-00-10')).toBe(false);
    expect(isIsoDate('2026-01-00')).toBe(false);
    expect(isIsoDate('0000-01-01')).toBe(false);
    expect(isIsoDate('0001-01-01')).toBe(true);
    for (const malformed of ['2026-1-01', '2026-01-01T00:00:00Z', ' 2026-01-01', '2026-01-01\n', '26-01-01', '', '2026/01/01']) {
      expect(isIsoDate(malformed)).toBe(false);
    }
  });

  it('accepts a year-month-day exactly when the day exists in that month (computed without Date)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 9999 }), fc.integer({ min: 0, max: 13 }), fc.integer({ min: 0, max: 32 }), (y, m, d) => {
        const valid = m >= 1 && m <= 12 && d >= 1 && d <= daysInMonth(y, m);
        expect(isIsoDate(`${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`)).toBe(valid);
      }),
    );
  });

  it('agrees with the round trip through Date for every generated string of the right shape', () => {
    fc.assert(
      fc.property(fc.stringMatching(/^[0-9]{4}-[0-3][0-9]-[0-3][0-9]$/), (value) => {
        const viaDate = !Number.isNaN(Date.parse(`${value}T00:00:00Z`)) && new Date(`${value}T00:00:00Z`).toISOString().startsWith(value);
        expect(isIsoDate(value)).toBe(viaDate && !value.startsWith('0000'));
      }),
    );
  });

  it('never accepts a string that is not exactly ten characters', () => {
    fc.assert(
      fc.property(fc.string(), (value) => {
        fc.pre(value.length !== 10);
        expect(isIsoDate(value)).toBe(false);
      }),
    );
  });
});

describe('addMonths', () => {
  it('refuses an impossible date rather than rolling it over to the next month', () => {
    expect(() => addMonths('2026-02-30', 1)).toThrow(/Date impossible/);
    expect(() => daysBetween('2025-02-29', '2025-03-01')).toThrow(/Date impossible/);
  });

  it('adds calendar months keeping the day of the month', () => {
    expect(addMonths('2026-03-15', 1)).toBe('2026-04-15');
    expect(addMonths('2026-03-15', 6)).toBe('2026-09-15');
    expect(addMonths('2026-11-15', 3)).toBe('2027-02-15');
    expect(addMonths('2026-03-15', 0)).toBe('2026-03-15');
  });

  it('clamps to the last day of a shorter month', () => {
    expect(addMonths('2023-01-31', 1)).toBe('2023-02-28');
    expect(addMonths('2026-03-31', 1)).toBe('2026-04-30');
    expect(addMonths('2026-08-31', 6)).toBe('2027-02-28');
    expect(addMonths('2026-05-31', 18)).toBe('2027-11-30');
  });

  it('clamps to 29 February in leap years, including 2000, but not in 1900 or 2100', () => {
    expect(addMonths('2024-01-31', 1)).toBe('2024-02-29');
    expect(addMonths('2000-01-30', 1)).toBe('2000-02-29');
    expect(addMonths('1900-01-31', 1)).toBe('1900-02-28');
    expect(addMonths('2100-01-31', 1)).toBe('2100-02-28');
    expect(addMonths('2024-02-29', 12)).toBe('2025-02-28');
    expect(addMonths('2024-02-29', 48)).toBe('2028-02-29');
  });

  it('goes back in time with negative months, across years', () => {
    expect(addMonths('2024-01-15', -1)).toBe('2023-12-15');
    expect(addMonths('2024-03-31', -1)).toBe('2024-02-29');
    expect(addMonths('2024-05-31', -25)).toBe('2022-04-30');
    expect(addMonths('2024-12-01', -12)).toBe('2023-12-01');
    expect(addMonths('2024-01-31', -13)).toBe('2022-12-31');
  });

  it('lands k months later, on the same day or the last day of the month', () => {
    fc.assert(
      fc.property(dateArb, fc.integer({ min: -60, max: 60 }), (date, k) => {
        const [y0, m0, d0] = parse(date);
        const result = addMonths(date, k);
        expect(result).toMatch(/^\d{4}-\d{2}-\d{2}$/);
        const [y, m, d] = parse(result);
        expect(y * 12 + (m - 1) - (y0 * 12 + (m0 - 1))).toBe(k);
        expect(d).toBe(Math.min(d0, daysInMonth(y, m)));
      }),
    );
  });

  it('is undone by subtracting the same months when no clamping happened', () => {
    fc.assert(
      fc.property(dateArb, fc.integer({ min: -60, max: 60 }), (date, k) => {
        fc.pre(parse(date)[2] <= 28);
        expect(addMonths(addMonths(date, k), -k)).toBe(date);
      }),
    );
  });
});

describe('daysBetween', () => {
  it('counts whole days, negative when the second date is earlier', () => {
    expect(daysBetween('2026-06-15', '2026-06-15')).toBe(0);
    expect(daysBetween('2026-06-15', '2026-06-16')).toBe(1);
    expect(daysBetween('2026-06-16', '2026-06-15')).toBe(-1);
    expect(daysBetween('2026-01-01', '2027-01-01')).toBe(365);
    expect(daysBetween('2024-01-01', '2025-01-01')).toBe(366);
    expect(daysBetween('2024-02-28', '2024-03-01')).toBe(2);
  });

  it('agrees with a day count computed without Date', () => {
    fc.assert(
      fc.property(dateArb, dateArb, (a, b) => {
        expect(daysBetween(a, b)).toBe(dayNumber(...parse(b)) - dayNumber(...parse(a)));
      }),
    );
  });

  it('adds up along a chain of dates', () => {
    fc.assert(
      fc.property(dateArb, dateArb, dateArb, (a, b, c) => {
        expect(daysBetween(a, b) + daysBetween(b, c)).toBe(daysBetween(a, c));
      }),
    );
  });
});

describe('dates are calendar dates, not instants', () => {
  it('gives the same answers when the process runs in Europe/Paris across a DST change', () => {
    const saved = process.env.TZ;
    process.env.TZ = 'Europe/Paris';
    try {
      // The switch took effect: Paris is at UTC+2 on the afternoon of 29 March 2026, UTC+1 the day before.
      expect(new Date('2026-03-29T12:00:00Z').getTimezoneOffset()).toBe(-120);
      expect(new Date('2026-03-28T12:00:00Z').getTimezoneOffset()).toBe(-60);
      expect(daysBetween('2026-03-28', '2026-03-30')).toBe(2);
      expect(daysBetween('2026-10-24', '2026-10-26')).toBe(2);
      expect(addMonths('2026-03-29', 6)).toBe('2026-09-29');
      expect(addMonths('2026-03-29', -5)).toBe('2025-10-29');
      expect(addMonths('2026-10-25', 5)).toBe('2027-03-25');
    } finally {
      process.env.TZ = saved ?? 'UTC';
    }
    expect(new Date('2026-03-29T12:00:00Z').getTimezoneOffset()).toBe(0);
  });
});
