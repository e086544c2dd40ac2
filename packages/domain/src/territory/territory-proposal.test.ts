import { describe, expect, it } from 'vitest';
import type { Grant, Principal } from '../access/principal.ts';
import { DomainError } from '../errors.ts';
import {
  assertCanWithdrawProposal,
  canReadProposal,
  decidableRegions,
  type ProposalState,
  pendingProposalOutcome,
  planProposalDecision,
} from './territory-proposal.ts';

const CPTS_ID = '00000000-0000-4000-8000-000000000001';
const principal = (userId: string, ...grants: Grant[]): Principal => ({ userId, email: `${userId}@test.fr`, displayName: userId, grants });
const author = principal('author', { role: 'coordinator', cptsId: CPTS_ID });
const teammate = principal('teammate', { role: 'coordinator', cptsId: CPTS_ID });
const otherCoordinator = principal('other', { role: 'coordinator', cptsId: '00000000-0000-4000-8000-000000000002' });
const arsPaca = principal('ars93', { role: 'ars', regionCode: '93' });
const cpamPaca = principal('cpam93', { role: 'cpam', regionCode: '93', departementCode: '04' });
const arsAra = principal('ars84', { role: 'ars', regionCode: '84' });
const cpamAra = principal('cpam84', { role: 'cpam', regionCode: '84', departementCode: '01' });
const arsBretagne = principal('ars53', { role: 'ars', regionCode: '53' });
const admin = principal('admin', { role: 'admin' });

/** A PACA CPTS's proposal adding communes of Auvergne-Rhône-Alpes: both ARS are asked. */
function proposal(overrides: Partial<ProposalState> = {}): ProposalState {
  return {
    status: 'pending',
    authorId: 'author',
    cpts: { id: CPTS_ID, regionCode: '93', departementCodes: ['04'] },
    approvals: [
      { regionCode: '93', decision: null },
      { regionCode: '84', decision: null },
    ],
    ...overrides,
  };
}

function refusal(run: () => unknown): DomainError {
  try {
    run();
  } catch (error) {
    if (error instanceof DomainError) return error;
    throw error;
  }
  throw new Error('expected a refusal');
}

describe('canReadProposal', () => {
  it('lets the CPTS readers and the staff of every region asked read it, nobody else', () => {
    for (const reader of [author, arsPaca, cpamPaca, arsAra, cpamAra, admin]) expect(canReadProposal(reader, proposal())).toBe(true);
    for (const stranger of [otherCoordinator, arsBretagne]) expect(canReadProposal(stranger, proposal())).toBe(false);
  });
});

describe('decidableRegions', () => {
  it('gives each ARS its own region, the admin every waiting region, the CPAM and the coordinator none', () => {
    expect(decidableRegions(arsPaca, proposal())).toEqual(['93']);
    expect(decidableRegions(arsAra, proposal())).toEqual(['84']);
    expect(decidableRegions(admin, proposal())).toEqual(['93', '84']);
    expect(decidableRegions(cpamPaca, proposal())).toEqual([]);
    expect(decidableRegions(author, proposal())).toEqual([]);
    expect(decidableRegions(arsPaca, proposal({ status: 'accepted' }))).toEqual([]);
  });
});

describe('planProposalDecision', () => {
  it('keeps the proposal pending until every region accepted', () => {
    const first = planProposalDecision({ principal: arsPaca, proposal: proposal(), verdict: 'accept' });
    expect(first).toEqual({ regions: ['93'], decision: 'accepted', comment: null, outcome: 'pending' });
    const halfway = proposal({
      approvals: [
        { regionCode: '93', decision: 'accepted' },
        { regionCode: '84', decision: null },
      ],
    });
    expect(planProposalDecision({ principal: arsAra, proposal: halfway, verdict: 'accept', comment: ' OK ' })).toEqual({
      regions: ['84'],
      decision: 'accepted',
      comment: 'OK',
      outcome: 'accepted',
    });
  });

  it('refuses the proposal as soon as one region refuses, with a reason', () => {
    expect(
      planProposalDecision({ principal: arsAra, proposal: proposal(), verdict: 'refuse', comment: 'Couvert par une CPTS' }),
    ).toMatchObject({ regions: ['84'], outcome: 'refused' });
  });

  it('requires a comment to refuse', () => {
    const error = refusal(() => planProposalDecision({ principal: arsPaca, proposal: proposal(), verdict: 'refuse', comment: '  ' }));
    expect(error).toMatchObject({ code: 'INVALID', field: 'comment' });
  });

  it('lets the admin decide for every region at once, or for one region', () => {
    expect(planProposalDecision({ principal: admin, proposal: proposal(), verdict: 'accept' })).toMatchObject({
      regions: ['93', '84'],
      outcome: 'accepted',
    });
    expect(planProposalDecision({ principal: admin, proposal: proposal(), verdict: 'accept', regionCode: '84' })).toMatchObject({
      regions: ['84'],
      outcome: 'pending',
    });
  });

  it('refuses the CPAM, the coordinator, and an ARS deciding for another region', () => {
    for (const who of [cpamPaca, author]) {
      expect(refusal(() => planProposalDecision({ principal: who, proposal: proposal(), verdict: 'accept' })).code).toBe('FORBIDDEN');
    }
    const error = refusal(() => planProposalDecision({ principal: arsPaca, proposal: proposal(), verdict: 'accept', regionCode: '84' }));
    expect(error.code).toBe('FORBIDDEN');
  });

  it('refuses a second decision of the same region and a decision on a closed proposal', () => {
    const decided = proposal({
      approvals: [
        { regionCode: '93', decision: 'accepted' },
        { regionCode: '84', decision: null },
      ],
    });
    expect(refusal(() => planProposalDecision({ principal: arsPaca, proposal: decided, verdict: 'accept' })).code).toBe('FORBIDDEN');
    expect(refusal(() => planProposalDecision({ principal: admin, proposal: decided, verdict: 'accept', regionCode: '93' }))).toMatchObject(
      {
        code: 'CONFLICT',
        field: 'regionCode',
      },
    );
    expect(refusal(() => planProposalDecision({ principal: admin, proposal: decided, verdict: 'accept', regionCode: '11' })).code).toBe(
      'INVALID',
    );
    expect(
      refusal(() => planProposalDecision({ principal: admin, proposal: proposal({ status: 'withdrawn' }), verdict: 'accept' })).code,
    ).toBe('CONFLICT');
  });
});

describe('assertCanWithdrawProposal', () => {
  it('lets the author (or the admin) withdraw a pending proposal, nobody else', () => {
    expect(() => assertCanWithdrawProposal(author, proposal())).not.toThrow();
    expect(() => assertCanWithdrawProposal(admin, proposal())).not.toThrow();
    expect(refusal(() => assertCanWithdrawProposal(teammate, proposal())).code).toBe('FORBIDDEN');
    expect(refusal(() => assertCanWithdrawProposal(arsPaca, proposal())).code).toBe('FORBIDDEN');
    expect(refusal(() => assertCanWithdrawProposal(author, proposal({ status: 'refused' }))).code).toBe('CONFLICT');
    expect(refusal(() => assertCanWithdrawProposal(teammate, proposal({ status: 'withdrawn' }))).code).toBe('FORBIDDEN');
  });
});

describe('pendingProposalOutcome', () => {
  const pending = { authorId: 'author', createdOn: '2026-11-02' };

  it('lets a change through when nothing is pending', () => {
    expect(pendingProposalOutcome(teammate, null, 'direct')).toBe('none');
  });

  it("supersedes the author's own pending proposal with their new one", () => {
    expect(pendingProposalOutcome(author, pending, 'proposal')).toBe('supersede');
  });

  it('refuses with a conflict any other change while a proposal is pending', () => {
    for (const [who, kind] of [
      [teammate, 'proposal'],
      [arsPaca, 'direct'],
      [admin, 'direct'],
      [author, 'direct'],
    ] as const) {
      const error = refusal(() => pendingProposalOutcome(who, pending, kind));
      expect(error).toMatchObject({ code: 'CONFLICT', field: 'units' });
      expect(error.message).toContain('02/11/2026');
    }
  });
});
