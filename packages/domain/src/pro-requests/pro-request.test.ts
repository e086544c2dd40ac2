import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DomainError } from '../errors.ts';
import {
  checkProRequestInput,
  DEFAULT_PRO_REQUEST_SETTINGS,
  eligibleProfessionals,
  medianMinutes,
  type ProRequestInput,
  proRequestDeadlines,
  sweepAction,
} from './pro-request.ts';

const input: ProRequestInput = {
  professionCode: '60',
  specialtyCode: null,
  act: 'Pansement à domicile',
  unitCode: '35238',
  wantedOn: '2026-12-03',
  windowStart: '08:00',
  windowEnd: '12:00',
  urgency: 'h24',
  patient: { initials: 'J.D.', ageBand: '75-84', sex: 'F', need: 'Pansement d’ulcère de jambe' },
  usualIdNatPs: null,
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

describe('checkProRequestInput', () => {
  it('accepts a pseudonymised request', () => {
    expect(() => checkProRequestInput(input, '2026-12-02')).not.toThrow();
  });
  it('refuses a name in place of initials, a birth date or a title in the need', () => {
    expect(fieldOf(() => checkProRequestInput({ ...input, patient: { ...input.patient, initials: 'Dupont' } }, '2026-12-02'))).toBe(
      'patient.initials',
    );
    expect(fieldOf(() => checkProRequestInput({ ...input, patient: { ...input.patient, need: 'née le 12/03/1941' } }, '2026-12-02'))).toBe(
      'patient.need',
    );
    expect(
      fieldOf(() => checkProRequestInput({ ...input, patient: { ...input.patient, need: 'Mme Durand pansement' } }, '2026-12-02')),
    ).toBe('patient.need');
  });
  it('names the field of a bad profession, window or past date', () => {
    expect(fieldOf(() => checkProRequestInput({ ...input, professionCode: '99' }, '2026-12-02'))).toBe('professionCode');
    expect(fieldOf(() => checkProRequestInput({ ...input, windowEnd: '07:00' }, '2026-12-02'))).toBe('windowEnd');
    expect(fieldOf(() => checkProRequestInput({ ...input, wantedOn: '2026-12-01' }, '2026-12-02'))).toBe('wantedOn');
    expect(fieldOf(() => checkProRequestInput({ ...input, specialtyCode: 'SM54' }, '2026-12-02'))).toBe('specialtyCode');
  });
});

describe('routing and sweep', () => {
  const at = new Date('2026-12-02T10:00:00Z');
  it('gives the usual professional the configured delay, then broadens, escalates, expires', () => {
    const d = proRequestDeadlines(at, 'h24', true, DEFAULT_PRO_REQUEST_SETTINGS);
    expect(d.broadenAt?.toISOString()).toBe('2026-12-02T12:00:00.000Z');
    expect(d.escalateAt.toISOString()).toBe('2026-12-03T04:00:00.000Z');
    expect(d.deadlineAt.toISOString()).toBe('2026-12-03T10:00:00.000Z');
    const state = { status: 'open' as const, stage: 'usual' as const, ...d, broadenAt: d.broadenAt, escalatedAt: null };
    expect(sweepAction(state, new Date('2026-12-02T11:00:00Z'))).toBeNull();
    expect(sweepAction(state, new Date('2026-12-02T12:00:00Z'))).toBe('broaden');
    expect(sweepAction({ ...state, stage: 'broad' }, new Date('2026-12-03T05:00:00Z'))).toBe('escalate');
    expect(sweepAction({ ...state, stage: 'broad', escalatedAt: at }, new Date('2026-12-03T05:00:00Z'))).toBeNull();
    expect(sweepAction(state, new Date('2026-12-03T10:00:00Z'))).toBe('expire');
    expect(sweepAction({ ...state, status: 'taken' }, new Date('2026-12-04T10:00:00Z'))).toBeNull();
  });
  it('never acts on a closed request and orders broaden ≤ escalate ≤ expire', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 10_000 }),
        fc.integer({ min: 1, max: 100 }),
        fc.constantFrom('h24', 'h48', 'd7' as const),
        (delay, pct, urgency) => {
          const d = proRequestDeadlines(at, urgency, true, { usualDelayMinutes: delay, escalatePercent: pct });
          expect(d.escalateAt <= d.deadlineAt).toBe(true);
          expect(d.broadenAt !== null && d.broadenAt <= d.deadlineAt).toBe(true);
          for (const status of ['taken', 'expired', 'cancelled'] as const)
            expect(sweepAction({ status, stage: 'usual', ...d, escalatedAt: null }, d.deadlineAt)).toBeNull();
        },
      ),
    );
  });
});

describe('eligibleProfessionals', () => {
  const candidates = [
    { idNatPs: 'A', displayName: 'A', unitCodes: ['35238'] },
    { idNatPs: 'B', displayName: 'B', unitCodes: ['29019'] },
    { idNatPs: 'C', displayName: 'C', unitCodes: ['35047'] },
  ];
  it('keeps practices within the département (tiers) but never the author', () => {
    const tier = (_from: string, to: string) => ({ km: null, tier: to.startsWith('35') ? ('epci' as const) : ('beyond' as const) });
    expect(eligibleProfessionals(candidates, 'A', '35238', tier).map((c) => c.idNatPs)).toEqual(['C']);
  });
  it('uses kilometres when known', () => {
    const km = (_from: string, to: string) => ({ km: to === '35047' ? 45 : 5, tier: 'departement' as const });
    expect(eligibleProfessionals(candidates, 'X', '35238', km).map((c) => c.idNatPs)).toEqual(['A', 'B']);
  });
  it('medianMinutes', () => {
    expect(medianMinutes([])).toBeNull();
    expect(medianMinutes([30, 10, 20])).toBe(20);
    expect(medianMinutes([10, 20])).toBe(15);
  });
});
