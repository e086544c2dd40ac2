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
});
