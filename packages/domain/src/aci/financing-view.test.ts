import { describe, expect, it } from 'vitest';
import { makeContract, started } from './contract-fixture.ts';
import { contractFinancing } from './financing-view.ts';
import { paymentSchedule } from './payment-schedule.ts';
import { ACI_REFERENCE_SEED as reference } from './seed.ts';

/** Taille 3, signed 15 Mar 2023 (docs/reference/aci.md §7): access at signature, pathways and prevention on 1 Sep 2023. */
const contract = makeContract({
  signedOn: '2023-03-15',
  missions: [
    started('accessToCare', '2023-03-15'),
    started('healthCrisis', '2023-05-02'),
    started('pathways', '2023-09-01'),
    started('prevention', '2023-09-01'),
  ],
});
const { lines } = paymentSchedule(contract, { reference });
const view = (today: string, renewed = false) => contractFinancing(contract, { lines, reference, today, renewed });

describe("the regulators' financing of a contract", () => {
  it('commits per year what the schedule lists and counts as paid only the lines dated by today', () => {
    const { years } = view('2024-03-14');
    expect(years.map((y) => y.year)).toEqual([1, 2, 3, 4, 5]);
    const year1 = years[0];
    const yearOneLines = lines.filter((l) => l.contractYear === 1);
    expect(year1?.committedCents).toBe(yearOneLines.reduce((sum, l) => sum + (l.amountCents ?? 0), 0));
    // Before the first anniversary the year-1 balances (dated 15/03/2024) are not paid yet.
    const paidByThen = yearOneLines.filter((l) => l.date <= '2024-03-14').reduce((sum, l) => sum + (l.amountCents ?? 0), 0);
    expect(year1?.paidCents).toBe(paidByThen);
    expect(year1?.paidCents).toBeLessThan(year1?.committedCents ?? 0);
    expect(view('2024-03-15').years[0]?.paidCents).toBe(year1?.committedCents);
    expect(years[1]?.paidCents).toBe(0);
  });

  it('lists the payments of the coming twelve months in date order', () => {
    const upcoming = view('2024-03-14').upcoming;
    expect(upcoming.length).toBeGreaterThan(0);
    expect(upcoming.every((l) => l.date > '2024-03-14' && l.date <= '2025-03-14')).toBe(true);
    expect(upcoming.map((l) => l.date)).toEqual([...upcoming.map((l) => l.date)].sort());
    expect(upcoming[0]?.date).toBe('2024-03-15');
  });

  it('flags the renewal in the fifth year only, and not once renewed', () => {
    expect(view('2027-03-14').renewalDue).toBeNull();
    expect(view('2027-03-15').renewalDue).toEqual({ endsOn: '2028-03-14' });
    expect(view('2027-03-15', true).renewalDue).toBeNull();
  });

  it('lists the missions late to start or to be deployed', () => {
    const late = view('2026-11-22').lateMissions;
    expect(late).toContainEqual({ mission: 'accessToCare', label: expect.any(String), which: 'deploy', dueOn: '2024-09-15' });
    expect(late.find((m) => m.mission === 'pathways')).toMatchObject({ which: 'deploy', dueOn: '2025-03-15' });
    expect(view('2023-06-01').lateMissions).toEqual([]);
    // Once the five years are over the contract is no longer followed for its missions.
    expect(view('2028-03-15').lateMissions).toEqual([]);
  });
});
