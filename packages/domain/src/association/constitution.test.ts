import { describe, expect, it } from 'vitest';
import { DomainError } from '../errors.ts';
import { type ConstitutionRequest, type FirstBodyInput, planConstitution } from './constitution.ts';
import type { SeatHolder } from './governance.ts';

const members = new Map<string, SeatHolder>(
  ['a', 'b', 'c', 'd'].map((id) => [id, { id, status: 'active', voting: id !== 'd', leftOn: null }]),
);
const bureau: FirstBodyInput = {
  kind: 'bureau',
  name: 'Bureau',
  resolutionId: 'r-bureau',
  mandates: [
    { memberId: 'a', role: 'president' },
    { memberId: 'b', role: 'treasurer' },
  ],
};
const board: FirstBodyInput = {
  kind: 'board',
  name: "Conseil d'administration",
  resolutionId: 'r-board',
  mandates: ['a', 'b', 'c'].map((memberId) => ({ memberId, role: 'member' as const })),
};

function makeRequest(overrides: Partial<ConstitutionRequest> = {}): ConstitutionRequest {
  return {
    assemblyKind: 'constitutive',
    heldOn: '2026-03-14',
    resolutions: [
      { id: 'r-statutes', outcome: 'adopted' },
      { id: 'r-board', outcome: 'adopted' },
      { id: 'r-bureau', outcome: 'adopted' },
    ],
    voterIds: new Set(['a', 'b', 'c', 'd']),
    members,
    existingBodyKinds: [],
    firstBodies: [bureau, board],
    ...overrides,
  };
}

function errorOf(request: ConstitutionRequest): DomainError {
  try {
    planConstitution(request);
  } catch (error) {
    if (error instanceof DomainError) return error;
    throw error;
  }
  throw new Error('expected the constitution to be refused');
}

describe('planConstitution', () => {
  it('creates the first bureau and board on the assembly day from adopted resolutions', () => {
    const planned = planConstitution(makeRequest());
    expect(planned.map((b) => [b.kind, b.createdOn, b.mandates.length])).toEqual([
      ['bureau', '2026-03-14', 2],
      ['board', '2026-03-14', 3],
    ]);
    expect(planned[0]?.mandates[0]).toEqual({ memberId: 'a', role: 'president', startOn: '2026-03-14', endOn: null });
  });

  it('creates nothing for an ordinary assembly, and refuses bodies there', () => {
    expect(planConstitution(makeRequest({ assemblyKind: 'ordinary', firstBodies: undefined }))).toEqual([]);
    expect(errorOf(makeRequest({ assemblyKind: 'ordinary' })).field).toBe('firstBodies');
  });

  it('requires exactly one bureau and one board, and no existing ones', () => {
    expect(errorOf(makeRequest({ firstBodies: [bureau] })).field).toBe('firstBodies');
    expect(errorOf(makeRequest({ firstBodies: undefined })).field).toBe('firstBodies');
    const existing = errorOf(makeRequest({ existingBodyKinds: ['board'] }));
    expect([existing.code, existing.field]).toEqual(['CONFLICT', 'firstBodies']);
  });

  it('requires an adopted election resolution of this assembly', () => {
    const rejected = makeRequest({
      resolutions: [
        { id: 'r-board', outcome: 'adopted' },
        { id: 'r-bureau', outcome: 'rejected' },
      ],
    });
    expect(errorOf(rejected).field).toBe('firstBodies[0].resolutionId');
    expect(errorOf(makeRequest({ firstBodies: [{ ...bureau, resolutionId: 'other' }, board] })).field).toBe('firstBodies[0].resolutionId');
  });

  it('seats only voting members of the assembly, with one president in the bureau', () => {
    const partner = { ...board, mandates: [...board.mandates, { memberId: 'd', role: 'member' as const }] };
    expect(errorOf(makeRequest({ firstBodies: [bureau, partner] })).field).toBe('firstBodies[1].mandates[3].memberId');
    const outsider = { ...board, mandates: [{ memberId: 'z', role: 'member' as const }] };
    expect(errorOf(makeRequest({ firstBodies: [bureau, outsider] })).field).toBe('firstBodies[1].mandates[0].memberId');
    const twoPresidents = { ...bureau, mandates: [...bureau.mandates, { memberId: 'c', role: 'president' as const }] };
    expect(errorOf(makeRequest({ firstBodies: [twoPresidents, board] })).field).toBe('firstBodies[0].mandates[2].role');
    const noPresident = { ...bureau, mandates: [{ memberId: 'b', role: 'treasurer' as const }] };
    expect(errorOf(makeRequest({ firstBodies: [noPresident, board] })).field).toBe('firstBodies[0].mandates');
  });
});
