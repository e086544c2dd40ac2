import { describe, expect, it } from 'vitest';
import { DomainError } from '../errors.ts';
import { assertMilestonesRecordable, checkMilestoneDates } from './mission-milestones.ts';
import type { TransitionRecord } from './transitions.ts';

const signed: TransitionRecord[] = [
  { from: null, to: 'contact', occurredOn: '2021-01-10', comment: null },
  { from: 'healthProjectValidated', to: 'aciSigned', occurredOn: '2022-03-01', comment: null },
];
const today = '2026-11-22';

function refusal(run: () => void): [string, string | undefined] | null {
  try {
    run();
    return null;
  } catch (error) {
    if (!(error instanceof DomainError)) throw error;
    return [error.code, error.field];
  }
}

describe('recording a mission milestone', () => {
  it('accepts past dates in order for a signed, active CPTS', () => {
    expect(refusal(() => checkMilestoneDates({ startedOn: '2022-06-01', deployedOn: '2023-01-15' }, today))).toBeNull();
    expect(refusal(() => assertMilestonesRecordable({ stage: 'operating', history: signed }))).toBeNull();
  });

  it('refuses a future date, an impossible date and a deployment before the start, naming the field', () => {
    expect(refusal(() => checkMilestoneDates({ startedOn: '2026-11-23' }, today))).toEqual(['INVALID', 'startedOn']);
    expect(refusal(() => checkMilestoneDates({ deployedOn: '2026-02-30' }, today))).toEqual(['INVALID', 'deployedOn']);
    expect(refusal(() => checkMilestoneDates({ startedOn: '2023-01-01', deployedOn: '2022-12-31' }, today))).toEqual([
      'INVALID',
      'deployedOn',
    ]);
  });

  it('refuses milestones before the ACI signature and for a dissolved CPTS', () => {
    expect(refusal(() => assertMilestonesRecordable({ stage: 'healthProjectValidated', history: signed.slice(0, 1) }))).toEqual([
      'CONFLICT',
      undefined,
    ]);
    expect(refusal(() => assertMilestonesRecordable({ stage: 'dissolved', history: signed }))).toEqual(['FORBIDDEN', undefined]);
  });
});
