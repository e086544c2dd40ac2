import { describe, expect, it } from 'vitest';
import { ageBand } from './age-band.ts';
import { answeredInTime, checkFollowUpSettings, DEFAULT_FOLLOW_UP, proposalExpiresOn, reminderDue } from './follow-up.ts';
import { assertProposalMove, canMoveProposal } from './proposal-status.ts';

describe('proposal workflow', () => {
  it('lets only the GP accept or decline a sent proposal', () => {
    expect(canMoveProposal('sent', 'accepted', 'gp')).toBe(true);
    expect(canMoveProposal('sent', 'accepted', 'team')).toBe(false);
    expect(canMoveProposal('sent', 'declined', 'gp')).toBe(true);
  });

  it('never assigns a draft directly: the team sends it first', () => {
    expect(canMoveProposal('draft', 'accepted', 'gp')).toBe(false);
    expect(canMoveProposal('draft', 'sent', 'team')).toBe(true);
  });

  it('only the sweep expires a proposal, and only a sent one', () => {
    expect(canMoveProposal('sent', 'expired', 'sweep')).toBe(true);
    expect(canMoveProposal('accepted', 'expired', 'sweep')).toBe(false);
    expect(canMoveProposal('sent', 'expired', 'team')).toBe(false);
  });

  it('goes accepted → consulted → declared, and refuses going back in French', () => {
    expect(canMoveProposal('accepted', 'consulted', 'gp')).toBe(true);
    expect(canMoveProposal('consulted', 'declared', 'gp')).toBe(true);
    expect(() => assertProposalMove('declared', 'accepted', 'gp')).toThrow(/ne peut pas passer à « Acceptée par le médecin »/);
  });
});

describe('follow-up deadlines', () => {
  it('expires a proposal after the configured days', () => {
    expect(proposalExpiresOn('2026-03-25', DEFAULT_FOLLOW_UP)).toBe('2026-04-08');
  });

  it('reminds within the window before the deadline, not before nor after it', () => {
    expect(reminderDue('2026-04-08', '2026-04-02', DEFAULT_FOLLOW_UP)).toBe(false);
    expect(reminderDue('2026-04-08', '2026-04-03', DEFAULT_FOLLOW_UP)).toBe(true);
    expect(reminderDue('2026-04-08', '2026-04-08', DEFAULT_FOLLOW_UP)).toBe(true);
    expect(reminderDue('2026-04-08', '2026-04-09', DEFAULT_FOLLOW_UP)).toBe(false);
  });

  it('counts an answer on the last day of the commitment as in time', () => {
    expect(answeredInTime('2026-01-01', '2026-01-31', DEFAULT_FOLLOW_UP)).toBe(true);
    expect(answeredInTime('2026-01-01', '2026-02-01', DEFAULT_FOLLOW_UP)).toBe(false);
  });

  it('refuses a reminder that does not precede the deadlines', () => {
    expect(() => checkFollowUpSettings({ responseDays: 30, proposalDays: 5, reminderDays: 5 })).toThrow(/précéder/);
  });
});

describe('ageBand', () => {
  it.each([
    [0, 'moins de 16 ans'],
    [15, 'moins de 16 ans'],
    [16, '16 à 29 ans'],
    [69, '50 à 69 ans'],
    [70, '70 à 79 ans'],
    [104, '80 ans et plus'],
  ])('puts %i years in « %s »', (age, label) => {
    expect(ageBand(age)).toBe(label);
  });
});
