import { describe, expect, it } from 'vitest';
import type { Principal } from '../access/principal.ts';
import { DomainError } from '../errors.ts';
import { assertMayManageEngagementLists, nonMembersFilter } from './engagement-access.ts';

const principal = (grants: Principal['grants']): Principal => ({ userId: 'u', email: 'u@x.fr', displayName: 'U', grants });
const cpts = { id: 'cpts-a', regionCode: '93', departementCodes: ['04'] };

const refusal = (fn: () => unknown): string | null => {
  try {
    fn();
    return null;
  } catch (error) {
    if (error instanceof DomainError) return `${error.code}${error.field ? ` ${error.field}` : ''}`;
    throw error;
  }
};

describe('engagement lists', () => {
  it('are for the coordination team and the admin; ARS and CPAM see figures only', () => {
    expect(refusal(() => assertMayManageEngagementLists(principal([{ role: 'coordinator', cptsId: 'cpts-a' }]), cpts))).toBeNull();
    expect(refusal(() => assertMayManageEngagementLists(principal([{ role: 'admin' }]), cpts))).toBeNull();
    expect(refusal(() => assertMayManageEngagementLists(principal([{ role: 'ars', regionCode: '93' }]), cpts))).toBe('FORBIDDEN');
    expect(
      refusal(() => assertMayManageEngagementLists(principal([{ role: 'cpam', regionCode: '93', departementCode: '04' }]), cpts)),
    ).toBe('FORBIDDEN');
    expect(refusal(() => assertMayManageEngagementLists(principal([{ role: 'coordinator', cptsId: 'cpts-b' }]), cpts))).toBe('FORBIDDEN');
  });
});

describe('nonMembersFilter', () => {
  const territory = ['04001', '04070'];

  it('keeps the filters, reading « invited » as a yes/no', () => {
    expect(nonMembersFilter(territory, {})).toEqual({ profession: undefined, unitCode: undefined, invited: undefined });
    expect(nonMembersFilter(territory, { profession: '10:mg', unit: '04070', invited: 'no' })).toEqual({
      profession: '10:mg',
      unitCode: '04070',
      invited: false,
    });
    expect(nonMembersFilter(territory, { invited: 'yes' }).invited).toBe(true);
  });

  it('refuses a commune outside the territory, naming the field', () => {
    expect(refusal(() => nonMembersFilter(territory, { unit: '13055' }))).toBe('INVALID unit');
  });
});
