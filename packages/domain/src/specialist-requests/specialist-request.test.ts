import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DomainError } from '../errors.ts';
import {
  achievedDelay,
  checkSpecialistAnswer,
  checkSpecialistRequestInput,
  SPECIALIST_STATUSES,
  SPECIALIST_TARGET_CODES,
  type SpecialistOutcome,
  specialistAccessIndicator,
  specialistDeadline,
} from './specialist-request.ts';

const input = {
  specialtyCode: 'SM04',
  kind: 'consultation' as const,
  target: 'd7' as const,
  patient: { initials: 'J.D.', ageBand: '60-74' as const, sex: 'M' as const, need: 'Souffle cardiaque à explorer' },
};

const fieldOf = (f: () => void) => {
  try {
    f();
  } catch (e) {
    if (e instanceof DomainError) return e.field;
    throw e;
  }
  return undefined;
};

describe('specialist request input', () => {
  it('accepts a pseudonymised request', () => {
    expect(() => checkSpecialistRequestInput(input)).not.toThrow();
  });
  it('refuses an unknown or general-practice specialty, kind, target, a name, naming the field', () => {
    expect(fieldOf(() => checkSpecialistRequestInput({ ...input, specialtyCode: 'SM54' }))).toBe('specialtyCode');
    expect(fieldOf(() => checkSpecialistRequestInput({ ...input, specialtyCode: 'toString' }))).toBe('specialtyCode');
    expect(fieldOf(() => checkSpecialistRequestInput({ ...input, kind: 'visit' as never }))).toBe('kind');
    expect(fieldOf(() => checkSpecialistRequestInput({ ...input, target: 'y1' as never }))).toBe('target');
    expect(fieldOf(() => checkSpecialistRequestInput({ ...input, patient: { ...input.patient, initials: 'Dupont' } }))).toBe(
      'patient.initials',
    );
    expect(fieldOf(() => checkSpecialistRequestInput({ ...input, patient: { ...input.patient, need: 'né le 01/02/1950' } }))).toBe(
      'patient.need',
    );
  });
  it('bounds the written answer', () => {
    expect(checkSpecialistAnswer('  Pas d’urgence, ECG à prévoir.  ')).toBe('Pas d’urgence, ECG à prévoir.');
    expect(fieldOf(() => checkSpecialistAnswer(' a '))).toBe('text');
    expect(fieldOf(() => checkSpecialistAnswer('x'.repeat(4001)))).toBe('text');
  });
});

describe('deadline and achieved delay', () => {
  const at = new Date('2026-12-01T10:00:00Z');
  it('adds 48 h, 7 days, 30 days', () => {
    expect(specialistDeadline(at, 'h48').toISOString()).toBe('2026-12-03T10:00:00.000Z');
    expect(specialistDeadline(at, 'd7').toISOString()).toBe('2026-12-08T10:00:00.000Z');
    expect(specialistDeadline(at, 'm1').toISOString()).toBe('2026-12-31T10:00:00.000Z');
  });
  it('is within target at the deadline itself, not a minute after', () => {
    const deadline = specialistDeadline(at, 'h48');
    expect(achievedDelay(at, deadline, deadline)).toEqual({ minutes: 2880, withinTarget: true });
    expect(achievedDelay(at, deadline, new Date(deadline.getTime() + 60_000))).toEqual({ minutes: 2881, withinTarget: false });
  });
  it('property: within target exactly when the achieved delay is at most the target', () => {
    fc.assert(
      fc.property(
        fc.date({ min: new Date('2020-01-01'), max: new Date('2030-01-01'), noInvalidDate: true }),
        fc.constantFrom(...SPECIALIST_TARGET_CODES),
        fc.integer({ min: 0, max: 60 * 24 * 60 }),
        (requested, target, minutes) => {
          const deadline = specialistDeadline(requested, target);
          const result = achievedDelay(requested, deadline, new Date(requested.getTime() + minutes * 60_000));
          expect(result.minutes).toBe(minutes);
          const targetMinutes = (deadline.getTime() - requested.getTime()) / 60_000;
          expect(result.withinTarget).toBe(minutes <= targetMinutes);
        },
      ),
    );
  });
});

describe('indicator: share within target per specialty', () => {
  const now = new Date('2026-12-10T00:00:00Z');
  const requestedAt = new Date('2026-12-01T00:00:00Z');
  const deadlineAt = specialistDeadline(requestedAt, 'd7');
  const o = (specialtyCode: string, status: SpecialistOutcome['status'], achievedDays: number | null): SpecialistOutcome => ({
    specialtyCode,
    status,
    requestedAt,
    deadlineAt,
    achievedAt: achievedDays === null ? null : new Date(requestedAt.getTime() + achievedDays * 86_400_000),
  });

  it('counts within target, late, overdue and pending per specialty, cancelled left out', () => {
    const result = specialistAccessIndicator(
      [o('SM15', 'answered', 2), o('SM04', 'booked', 3), o('SM04', 'booked', 9), o('SM04', 'open', null), o('SM04', 'cancelled', null)],
      now,
    );
    expect(result.bySpecialty.map((s) => s.specialtyCode)).toEqual(['SM04', 'SM15']);
    expect(result.bySpecialty[0]).toMatchObject({ requests: 3, settled: 2, withinTarget: 1, late: 1, overdue: 1, pending: 0 });
    expect(result.bySpecialty[0]?.shareWithinTarget).toBeCloseTo(1 / 3);
    expect(result.bySpecialty[1]?.shareWithinTarget).toBe(1);
    expect(result.total).toMatchObject({ requests: 4, withinTarget: 2 });
  });

  it('gives no share (not a division by zero) when nothing is decided', () => {
    const early = new Date('2026-12-02T00:00:00Z');
    expect(specialistAccessIndicator([o('SM04', 'open', null)], early).total).toMatchObject({ pending: 1, shareWithinTarget: null });
    expect(specialistAccessIndicator([], now)).toEqual({
      total: { requests: 0, settled: 0, withinTarget: 0, late: 0, overdue: 0, pending: 0, shareWithinTarget: null },
      bySpecialty: [],
    });
  });

  it('property: counts add up and the share lies in [0, 1]', () => {
    const outcome = fc.record({
      specialtyCode: fc.constantFrom('SM04', 'SM15', 'SM42'),
      status: fc.constantFrom(...SPECIALIST_STATUSES),
      achievedDays: fc.integer({ min: 0, max: 20 }),
    });
    fc.assert(
      fc.property(fc.array(outcome, { maxLength: 40 }), (list) => {
        const outcomes = list.map((x) =>
          o(x.specialtyCode, x.status, x.status === 'answered' || x.status === 'booked' ? x.achievedDays : null),
        );
        const { total, bySpecialty } = specialistAccessIndicator(outcomes, now);
        expect(total.requests).toBe(outcomes.filter((x) => x.status !== 'cancelled').length);
        expect(total.settled + total.overdue + total.pending).toBe(total.requests);
        expect(total.withinTarget + total.late).toBe(total.settled);
        expect(bySpecialty.reduce((s, x) => s + x.requests, 0)).toBe(total.requests);
        for (const s of [total, ...bySpecialty])
          if (s.shareWithinTarget !== null) {
            expect(s.shareWithinTarget).toBeGreaterThanOrEqual(0);
            expect(s.shareWithinTarget).toBeLessThanOrEqual(1);
          } else expect(s.settled + s.overdue).toBe(0);
      }),
    );
  });
});
