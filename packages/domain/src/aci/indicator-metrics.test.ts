import { describe, expect, it } from 'vitest';
import { computeMetric, countDay } from './indicator-metrics.ts';

const period = { year: 1, startsOn: '2024-03-15', endsOn: '2025-03-14' };
const members = [
  { kind: 'professional' as const, joinedOn: '2024-04-01', leftOn: null },
  { kind: 'structure' as const, joinedOn: '2023-01-10', leftOn: null },
  { kind: 'professional' as const, joinedOn: '2024-04-01', leftOn: '2025-03-14' },
  { kind: 'professional' as const, joinedOn: '2025-03-15', leftOn: null },
  { kind: 'professional' as const, joinedOn: null, leftOn: null },
];
const meetings = [
  { heldOn: '2024-03-15', closed: true },
  { heldOn: '2025-03-14', closed: true },
  { heldOn: '2024-10-01', closed: false },
  { heldOn: '2025-03-15', closed: true },
];

describe('computeMetric', () => {
  it('counts members on the last day of the year: joined by then, not left on that day', () => {
    const all = computeMetric('members', { period, today: '2026-01-01', members, meetings });
    expect(all.value).toBe(2);
    expect(all.explanation).toContain("au 14/03/2025, dernier jour de l'année de contrat 1");
    expect(computeMetric('professionalMembers', { period, today: '2026-01-01', members, meetings }).value).toBe(1);
  });

  it('counts on today while the year runs, and says so', () => {
    const running = computeMetric('members', { period, today: '2024-05-01', members, meetings });
    expect(running.value).toBe(3);
    expect(running.explanation).toContain('(année de contrat 1 en cours)');
    expect(countDay(period, '2024-05-01')).toBe('2024-05-01');
  });

  it('counts the closed assemblies held within the year, bounds included', () => {
    const held = computeMetric('meetingsHeld', { period, today: '2026-01-01', members, meetings });
    expect(held.value).toBe(2);
    expect(held.explanation).toContain('du 15/03/2024 au 14/03/2025');
  });

  it('counts the médecin-traitant placements of the year and the ALD patients still waiting on its last day', () => {
    const gpRequests = [
      { ald: true, requestedOn: '2024-01-10', closedOn: '2024-06-01', declared: true },
      { ald: false, requestedOn: '2024-04-01', closedOn: '2025-03-14', declared: true },
      { ald: true, requestedOn: '2024-05-01', closedOn: '2025-04-01', declared: true },
      { ald: true, requestedOn: '2024-09-01', closedOn: '2024-10-01', declared: false },
      { ald: true, requestedOn: '2025-03-20', closedOn: null, declared: false },
    ];
    const placed = computeMetric('patientsPlaced', { period, today: '2026-01-01', members, meetings, gpRequests });
    expect(placed.value).toBe(2);
    expect(placed.explanation).toContain('du 15/03/2024 au 14/03/2025');
    // Waiting on 14/03/2025: the third (placed after) only; the fourth was withdrawn, the fifth came later.
    const waiting = computeMetric('aldWithoutGp', { period, today: '2026-01-01', members, meetings, gpRequests });
    expect(waiting.value).toBe(1);
    expect(waiting.explanation).toContain('CPAM');
  });

  it('reads SNP slot use for the access-to-care lines, zero without slots', () => {
    const snpSlotUse = { snpSlotsOffered: 12, snpBookingsHonoured: 7 };
    const offered = computeMetric('snpSlotsOffered', { period, today: '2026-01-01', members, meetings, snpSlotUse });
    expect(offered.value).toBe(12);
    expect(offered.explanation).toContain('régulation SAS');
    expect(computeMetric('snpBookingsHonoured', { period, today: '2026-01-01', members, meetings, snpSlotUse }).value).toBe(7);
    expect(computeMetric('snpBookingsHonoured', { period, today: '2026-01-01', members, meetings }).value).toBe(0);
  });
});
