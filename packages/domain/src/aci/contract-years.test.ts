import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays, daysBetween } from '../lifecycle/dates.ts';
import { anniversary, contractEndsOn, contractYear, contractYearOn, contractYears } from './contract-years.ts';

const dateArb = fc.integer({ min: 0, max: 6_000 }).map((offset) => addDays('2019-08-25', offset));

describe('contract years', () => {
  it('cuts five years from anniversary to anniversary', () => {
    const years = contractYears('2023-03-15');
    expect(years.map((y) => [y.year, y.startsOn, y.endsOn, y.days])).toEqual([
      [1, '2023-03-15', '2024-03-14', 366],
      [2, '2024-03-15', '2025-03-14', 365],
      [3, '2025-03-15', '2026-03-14', 365],
      [4, '2026-03-15', '2027-03-14', 365],
      [5, '2027-03-15', '2028-03-14', 366],
    ]);
    expect(contractEndsOn('2023-03-15')).toBe('2028-03-14');
    expect(years[4]?.nextAnniversary).toBe('2028-03-15');
  });

  it('keeps a 29 February signature on 29 February in leap years and on 28 February otherwise', () => {
    expect(contractYears('2024-02-29').map((y) => y.startsOn)).toEqual([
      '2024-02-29',
      '2025-02-28',
      '2026-02-28',
      '2027-02-28',
      '2028-02-29',
    ]);
    expect(contractYears('2024-02-29').map((y) => y.days)).toEqual([365, 365, 365, 366, 365]);
    expect(anniversary('2024-02-29', 5)).toBe('2029-02-28');
  });

  it('finds the year a day falls in, and refuses a year outside 1–5 naming the field', () => {
    expect(contractYearOn('2023-03-15', '2024-03-14')?.year).toBe(1);
    expect(contractYearOn('2023-03-15', '2024-03-15')?.year).toBe(2);
    expect(contractYearOn('2023-03-15', '2023-03-14')).toBeNull();
    expect(contractYearOn('2023-03-15', '2028-03-15')).toBeNull();
    expect(contractYear('2023-03-15', 3).startsOn).toBe('2025-03-15');
    expect(() => contractYear('2023-03-15', 6)).toThrow(expect.objectContaining({ field: 'contractYear' }));
  });

  it('always tiles the five years without gap or overlap, each of 365 or 366 days', () => {
    fc.assert(
      fc.property(dateArb, (signedOn) => {
        const years = contractYears(signedOn);
        expect(years[0]?.startsOn).toBe(signedOn);
        years.forEach((year, index) => {
          expect([365, 366]).toContain(year.days);
          expect(daysBetween(year.startsOn, year.endsOn)).toBe(year.days - 1);
          const next = years[index + 1];
          if (next) expect(next.startsOn).toBe(year.nextAnniversary);
        });
      }),
    );
  });
});
