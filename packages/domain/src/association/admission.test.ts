import { describe, expect, it } from 'vitest';
import {
  admitMember,
  assertAcceptsMembershipRequests,
  assertCategoryFound,
  assertNoOpenMembership,
  requireDirectoryEntry,
  requireProfessionalIdentity,
} from './admission.ts';

const TODAY = '2026-11-22';
const refusal = (code: string, field: string) => expect.objectContaining({ code, field });

describe('admitMember', () => {
  it('admits an active member of an existing category, joining today unless said', () => {
    expect(admitMember({ status: 'active', categoryId: 'c', categoryFound: true, joinedOn: undefined }, TODAY)).toEqual({
      joinedOn: TODAY,
    });
    expect(admitMember({ status: 'active', categoryId: 'c', categoryFound: true, joinedOn: '2025-02-01' }, TODAY)).toEqual({
      joinedOn: '2025-02-01',
    });
  });

  it('records a request received without category nor joining date', () => {
    expect(admitMember({ status: 'requested', categoryId: undefined, categoryFound: false, joinedOn: undefined }, TODAY)).toEqual({
      joinedOn: null,
    });
  });

  it('requires a category of the CPTS for an active member, naming categoryId', () => {
    expect(() => admitMember({ status: 'active', categoryId: undefined, categoryFound: false, joinedOn: undefined }, TODAY)).toThrow(
      refusal('INVALID', 'categoryId'),
    );
    expect(() => admitMember({ status: 'requested', categoryId: 'other', categoryFound: false, joinedOn: undefined }, TODAY)).toThrow(
      refusal('INVALID', 'categoryId'),
    );
  });

  it('refuses a joining date in the future', () => {
    expect(() => admitMember({ status: 'active', categoryId: 'c', categoryFound: true, joinedOn: '2026-11-23' }, TODAY)).toThrow(
      refusal('INVALID', 'joinedOn'),
    );
  });
});

describe('assertCategoryFound', () => {
  it('refuses a category the CPTS does not have', () => {
    expect(() => assertCategoryFound(true)).not.toThrow();
    expect(() => assertCategoryFound(false)).toThrow(refusal('INVALID', 'categoryId'));
  });
});

describe('assertNoOpenMembership', () => {
  const member = (status: 'requested' | 'active' | 'refused' | 'left', key: { idNatPs?: string; finessSite?: string }) => ({
    status,
    idNatPs: key.idNatPs ?? null,
    finessSite: key.finessSite ?? null,
  });

  it('refuses a second request or membership of the same professional or structure', () => {
    expect(() => assertNoOpenMembership([member('active', { idNatPs: '8100' })], { idNatPs: '8100' })).toThrow(
      refusal('CONFLICT', 'idNatPs'),
    );
    expect(() => assertNoOpenMembership([member('requested', { finessSite: '040000001' })], { finessSite: '040000001' })).toThrow(
      refusal('CONFLICT', 'finessSite'),
    );
  });

  it('lets someone refused or gone ask again, and others join', () => {
    const members = [
      member('refused', { idNatPs: '8100' }),
      member('left', { finessSite: '040000001' }),
      member('active', { idNatPs: '8200' }),
    ];
    expect(() => assertNoOpenMembership(members, { idNatPs: '8100' })).not.toThrow();
    expect(() => assertNoOpenMembership(members, { finessSite: '040000001' })).not.toThrow();
    expect(() => assertNoOpenMembership(members, {})).not.toThrow();
  });
});

describe('professionals asking to join', () => {
  it('takes a professional from the national directory only', () => {
    expect(requireDirectoryEntry({ idNatPs: '8100' })).toEqual({ idNatPs: '8100' });
    expect(() => requireDirectoryEntry(null)).toThrow(refusal('INVALID', 'idNatPs'));
  });

  it('lets only a professional identified by their national id ask by themselves', () => {
    expect(requireProfessionalIdentity({ idNatPs: '8100', email: 'a@exemple.fr' })).toEqual({ idNatPs: '8100', email: 'a@exemple.fr' });
    expect(() => requireProfessionalIdentity({ idNatPs: null })).toThrow(refusal('FORBIDDEN', 'idNatPs'));
    expect(() => requireProfessionalIdentity(null)).toThrow(refusal('FORBIDDEN', 'idNatPs'));
  });

  it('refuses requests to a dissolved or merged CPTS', () => {
    expect(() => assertAcceptsMembershipRequests('operating')).not.toThrow();
    expect(() => assertAcceptsMembershipRequests('dissolved')).toThrow(refusal('CONFLICT', 'cptsId'));
    expect(() => assertAcceptsMembershipRequests('merged')).toThrow(refusal('CONFLICT', 'cptsId'));
  });
});
