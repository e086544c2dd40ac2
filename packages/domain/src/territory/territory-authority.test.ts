import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Grant, Principal } from '../access/principal.ts';
import { DomainError } from '../errors.ts';
import type { Stage } from '../lifecycle/stages.ts';
import type { TransitionRecord } from '../lifecycle/transitions.ts';
import {
  applyTerritoryDiff,
  diffTerritory,
  letterOfIntentValidatedOn,
  planTerritoryChange,
  proposalRequiredMessage,
  type TerritoryChangeRequest,
} from './territory-authority.ts';
import { buildTerritoryIndex } from './territory-index.ts';

/** Four PACA (93) communes and two of Auvergne-Rhône-Alpes (84). */
const index = buildTerritoryIndex(
  [
    ['04070', '93'],
    ['04001', '93'],
    ['04161', '93'],
    ['04019', '93'],
    ['01053', '84'],
    ['01344', '84'],
  ].map(([code, regionCode]) => ({
    code: code as string,
    name: `Commune ${code}`,
    population: 1000,
    departementCode: (code as string).slice(0, 2),
    regionCode: regionCode as string,
    epciCode: null,
  })),
);
const CPTS_ID = '00000000-0000-4000-8000-000000000001';
const cpts = { id: CPTS_ID, regionCode: '93', departementCodes: ['04'], stage: 'healthProjectDrafting' as Stage };

const principal = (...grants: Grant[]): Principal => ({ userId: 'u1', email: 'u@test.fr', displayName: 'U', grants });
const coordinator = principal({ role: 'coordinator', cptsId: CPTS_ID });
const otherCoordinator = principal({ role: 'coordinator', cptsId: '00000000-0000-4000-8000-000000000002' });
const arsPaca = principal({ role: 'ars', regionCode: '93' });
const cpamPaca = principal({ role: 'cpam', regionCode: '93', departementCode: '04' });
const arsAra = principal({ role: 'ars', regionCode: '84' });
const admin = principal({ role: 'admin' });

function historyOf(stages: Stage[]): TransitionRecord[] {
  return stages.map((to, i) => ({ from: i === 0 ? null : (stages[i - 1] as Stage), to, occurredOn: `2025-0${i + 1}-10`, comment: null }));
}
const BEFORE_LI = historyOf(['contact', 'letterOfIntentSubmitted']);
const AFTER_LI = historyOf(['contact', 'letterOfIntentSubmitted', 'letterOfIntentValidated', 'reviewCommitteeOpinion']);
const CURRENT = ['04070', '04001'];

function plan(p: Principal, next: string[], overrides: Partial<TerritoryChangeRequest> = {}) {
  return planTerritoryChange({ principal: p, cpts, history: AFTER_LI, current: CURRENT, next, index, ...overrides });
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

describe('letterOfIntentValidatedOn', () => {
  it('is null while the letter of intent is only submitted, or was sent back to contact', () => {
    expect(letterOfIntentValidatedOn(BEFORE_LI)).toBeNull();
    expect(letterOfIntentValidatedOn(historyOf(['contact', 'letterOfIntentSubmitted', 'contact']))).toBeNull();
  });

  it('is the date of the validation step, and stays set through a suspension', () => {
    expect(letterOfIntentValidatedOn(AFTER_LI)).toBe('2025-03-10');
    expect(letterOfIntentValidatedOn(historyOf(['contact', 'letterOfIntentSubmitted', 'letterOfIntentValidated', 'suspended']))).toBe(
      '2025-03-10',
    );
  });

  it('counts a CPTS registered at a later stage as validated from that step', () => {
    expect(letterOfIntentValidatedOn(historyOf(['operating']))).toBe('2025-01-10');
  });
});

describe('diffTerritory and applyTerritoryDiff', () => {
  it('lists added and removed units, and applying the diff to the base gives the new territory', () => {
    const diff = diffTerritory(['04070', '04001'], ['04001', '04161', '01053']);
    expect(diff).toEqual({ added: ['01053', '04161'], removed: ['04070'] });
    expect(applyTerritoryDiff(['04070', '04001'], diff)).toEqual(['01053', '04001', '04161']);
  });
});

describe('planTerritoryChange', () => {
  it('lets the coordinator edit freely within the region before the letter of intent is validated', () => {
    expect(plan(coordinator, ['04070', '04161'], { history: BEFORE_LI })).toEqual({
      kind: 'direct',
      added: ['04161'],
      removed: ['04001'],
    });
  });

  it("turns the coordinator's change into a proposal to the region's ARS once the letter of intent is validated", () => {
    expect(plan(coordinator, [...CURRENT, '04161'])).toEqual({
      kind: 'proposal',
      added: ['04161'],
      removed: [],
      approvals: [{ regionCode: '93', reason: 'validatedTerritory', byAuthor: false }],
    });
  });

  it("needs both regions' ARS when the coordinator adds communes of another region, even before validation", () => {
    const result = plan(coordinator, [...CURRENT, '01053'], { history: BEFORE_LI });
    expect(result).toMatchObject({
      kind: 'proposal',
      approvals: [
        { regionCode: '93', reason: 'crossRegion', byAuthor: false },
        { regionCode: '84', reason: 'unitsOfRegion', byAuthor: false },
      ],
    });
  });

  it('does not ask the other region when communes of that region are only removed', () => {
    const result = plan(coordinator, ['04070'], { current: ['04070', '01053'] });
    expect(result).toMatchObject({ kind: 'proposal', approvals: [{ regionCode: '93', reason: 'validatedTerritory' }] });
    expect(plan(coordinator, ['04070'], { current: ['04070', '01053'], history: BEFORE_LI }).kind).toBe('direct');
  });

  it("applies the region's ARS's own in-region change directly, at any stage", () => {
    expect(plan(arsPaca, [...CURRENT, '04161']).kind).toBe('direct');
    expect(plan(arsPaca, ['04070']).kind).toBe('direct');
  });

  it("records the ARS's own acceptance and still asks the other region's ARS for its communes", () => {
    expect(plan(arsPaca, [...CURRENT, '01053'])).toMatchObject({
      kind: 'proposal',
      approvals: [
        { regionCode: '93', byAuthor: true },
        { regionCode: '84', byAuthor: false },
      ],
    });
  });

  it('leaves the territory to the ARS and the team: the CPAM of the département reads it, does not edit it', () => {
    expect(refusal(() => plan(cpamPaca, [...CURRENT, '04161'], { history: BEFORE_LI })).code).toBe('FORBIDDEN');
  });

  it('applies the admin’s changes directly, across regions too', () => {
    expect(plan(admin, [...CURRENT, '01053', '04161']).kind).toBe('direct');
  });

  it('applies directly the change of someone who is the ARS of every region involved', () => {
    const both = principal({ role: 'ars', regionCode: '93' }, { role: 'ars', regionCode: '84' });
    expect(plan(both, [...CURRENT, '01053']).kind).toBe('direct');
  });

  it('refuses the ARS of another region and the coordinator of another CPTS', () => {
    expect(refusal(() => plan(arsAra, [...CURRENT, '01053'])).code).toBe('FORBIDDEN');
    expect(refusal(() => plan(otherCoordinator, ['04070'])).code).toBe('FORBIDDEN');
  });

  it('answers unchanged for the same territory, even after validation', () => {
    expect(plan(coordinator, ['04001', '04070'])).toEqual({ kind: 'unchanged' });
  });

  it('refuses any change to a dissolved or merged CPTS', () => {
    expect(refusal(() => plan(admin, ['04070'], { cpts: { ...cpts, stage: 'dissolved' } })).code).toBe('FORBIDDEN');
  });

  it('for any change and editor: direct exactly when the author decides for every region asked, and the own region is asked first', () => {
    const codes = index.units.map((u) => u.code);
    const editors = [coordinator, arsPaca, admin];
    fc.assert(
      fc.property(fc.subarray(codes), fc.subarray(codes), fc.constantFrom(...editors), fc.boolean(), (current, next, editor, validated) => {
        const result = plan(editor, next, { current, history: validated ? AFTER_LI : BEFORE_LI });
        const diff = diffTerritory(current, next);
        if (diff.added.length + diff.removed.length === 0) {
          expect(result.kind).toBe('unchanged');
          return;
        }
        expect(applyTerritoryDiff(current, diff)).toEqual([...next].sort());
        if (result.kind !== 'proposal') {
          expect(result.kind).toBe('direct');
          expect(editor === admin || editor === arsPaca || (!validated && diff.added.every((c) => c.startsWith('04')))).toBe(true);
          return;
        }
        expect(result.approvals[0]?.regionCode).toBe('93');
        expect(result.approvals.some((a) => !a.byAuthor)).toBe(true);
        if (editor === coordinator) expect(result.approvals.every((a) => !a.byAuthor)).toBe(true);
      }),
    );
  });
});

describe('proposalRequiredMessage', () => {
  it('names each region still to decide and why', () => {
    const message = proposalRequiredMessage(
      [
        { regionCode: '93', reason: 'validatedTerritory', byAuthor: false },
        { regionCode: '84', reason: 'unitsOfRegion', byAuthor: false },
      ],
      (code) => (code === '93' ? "Provence-Alpes-Côte d'Azur" : 'Auvergne-Rhône-Alpes'),
    );
    expect(message).toContain("validé par l'ARS Provence-Alpes-Côte d'Azur");
    expect(message).toContain("relèvent de l'ARS Auvergne-Rhône-Alpes");
  });
});
