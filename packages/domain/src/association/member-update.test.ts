import { describe, expect, it } from 'vitest';
import { changesCategory, checkCategoryChange, type MemberUpdateState, planMemberUpdate } from './member-update.ts';

const member: MemberUpdateState = { status: 'active', categoryId: 'c1', contactEmail: 'a@exemple.fr', contactPhone: null };
const refusal = (code: string, field: string) => expect.objectContaining({ code, field });

describe('planMemberUpdate', () => {
  it('changes only what differs and names the changed fields, not their values', () => {
    expect(planMemberUpdate(member, { categoryId: 'c2', contactEmail: 'a@exemple.fr', contactPhone: '04 92 00 00 00' })).toEqual({
      changes: { categoryId: 'c2', contactPhone: '04 92 00 00 00' },
      changed: ['catégorie', 'téléphone'],
    });
  });

  it('changes nothing when the request repeats the record or says nothing', () => {
    expect(planMemberUpdate(member, { categoryId: 'c1', contactEmail: 'a@exemple.fr', contactPhone: null })).toEqual({
      changes: {},
      changed: [],
    });
    expect(planMemberUpdate(member, {})).toEqual({ changes: {}, changed: [] });
  });

  it('clears contact data with null', () => {
    expect(planMemberUpdate(member, { contactEmail: null })).toEqual({ changes: { contactEmail: null }, changed: ['e-mail'] });
  });
});

describe('category changes', () => {
  it('tells a move of category from a repeated one', () => {
    expect(changesCategory(member, { categoryId: 'c2' })).toBe(true);
    expect(changesCategory(member, { categoryId: null })).toBe(true);
    expect(changesCategory(member, { categoryId: 'c1' })).toBe(false);
    expect(changesCategory(member, {})).toBe(false);
  });

  it('keeps an active member in a category of the CPTS', () => {
    expect(() => checkCategoryChange(member, { categoryId: null, categoryFound: false })).toThrow(refusal('INVALID', 'categoryId'));
    expect(() => checkCategoryChange(member, { categoryId: 'gone', categoryFound: false })).toThrow(refusal('INVALID', 'categoryId'));
    expect(() => checkCategoryChange(member, { categoryId: 'c2', categoryFound: true })).not.toThrow();
  });

  it('lets a request leave its category', () => {
    expect(() => checkCategoryChange({ status: 'requested' }, { categoryId: null, categoryFound: false })).not.toThrow();
  });
});
