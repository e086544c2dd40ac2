import { describe, expect, it } from 'vitest';
import { assertAssemblyHeld, assertConstitutiveNotHeld, frozenVoterList, heldOn } from './convocation.ts';

const refusal = (code: string, field: string) => expect.objectContaining({ code, field });

describe('assertConstitutiveNotHeld', () => {
  it('convenes one constitutive assembly in the life of the association', () => {
    expect(() => assertConstitutiveNotHeld(['ordinary'], 'constitutive')).not.toThrow();
    expect(() => assertConstitutiveNotHeld(['ordinary', 'constitutive'], 'constitutive')).toThrow(refusal('CONFLICT', 'kind'));
    expect(() => assertConstitutiveNotHeld(['constitutive'], 'ordinary')).not.toThrow();
  });
});

describe('frozenVoterList', () => {
  const categories = new Map([
    ['voting', { name: 'Libéraux', voting: true }],
    ['partners', { name: 'Partenaires', voting: false }],
  ]);
  const member = (id: string, status: 'active' | 'requested' | 'left', categoryId: string | null) => ({
    id,
    displayName: `Adhérent ${id}`,
    status,
    categoryId,
  });

  it('lists the active members of voting categories, all absent', () => {
    const members = [
      member('a', 'active', 'voting'),
      member('b', 'active', 'partners'),
      member('c', 'left', 'voting'),
      member('d', 'requested', null),
    ];
    expect(frozenVoterList(members, categories)).toEqual([
      { memberId: 'a', displayName: 'Adhérent a', categoryName: 'Libéraux', attendance: 'absent', proxyHolderId: null },
    ]);
  });

  it('convenes no assembly nobody may vote in', () => {
    expect(() => frozenVoterList([member('b', 'active', 'partners')], categories)).toThrow(refusal('CONFLICT', 'kind'));
  });
});

describe('assertAssemblyHeld', () => {
  it('takes the day of the assembly in Paris, not in UTC', () => {
    // 23:30 UTC on 30 June is 01:30 on 1 July in Paris (summer time).
    expect(heldOn(new Date('2026-06-30T23:30:00Z'))).toBe('2026-07-01');
    expect(() => assertAssemblyHeld(new Date('2026-06-30T23:30:00Z'), '2026-06-30')).toThrow(refusal('CONFLICT', 'scheduledAt'));
    expect(() => assertAssemblyHeld(new Date('2026-06-30T23:30:00Z'), '2026-07-01')).not.toThrow();
  });

  it('records votes on the day of the assembly and after', () => {
    expect(() => assertAssemblyHeld(new Date('2026-03-10T17:00:00Z'), '2026-03-10')).not.toThrow();
    expect(() => assertAssemblyHeld(new Date('2026-03-10T17:00:00Z'), '2026-04-01')).not.toThrow();
  });
});
