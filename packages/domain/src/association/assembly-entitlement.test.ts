import { describe, expect, it } from 'vitest';
import { assemblyEntitlement, type EntitlementFacts } from './assembly-entitlement.ts';

const activeVoter = { status: 'active', categoryVoting: true };
const facts = (overrides: Partial<EntitlementFacts>): EntitlementFacts => ({
  assemblyStatus: 'convened',
  voterListFrozen: false,
  voterEntry: null,
  memberships: [activeVoter],
  ...overrides,
});

describe('assembly entitlement', () => {
  it('follows the frozen voter list once there is one, whatever the membership became', () => {
    expect(assemblyEntitlement(facts({ voterListFrozen: true, voterEntry: { attendance: 'represented' }, memberships: [] }))).toEqual({
      entitledBy: 'voterList',
      attendance: 'represented',
    });
    expect(assemblyEntitlement(facts({ voterListFrozen: true, voterEntry: null }))).toBeNull();
  });

  it('keeps a closed assembly the member was listed for, with their attendance', () => {
    expect(assemblyEntitlement(facts({ assemblyStatus: 'closed', voterListFrozen: true, voterEntry: { attendance: 'present' } }))).toEqual({
      entitledBy: 'voterList',
      attendance: 'present',
    });
  });

  it('entitles an active member of a voting category before the list is frozen', () => {
    expect(assemblyEntitlement(facts({}))).toEqual({ entitledBy: 'membership', attendance: null });
    expect(assemblyEntitlement(facts({ assemblyStatus: 'open' }))).toEqual({ entitledBy: 'membership', attendance: null });
  });

  it('refuses partner members without vote, requested or former members, and closed assemblies without list', () => {
    expect(assemblyEntitlement(facts({ memberships: [{ status: 'active', categoryVoting: false }] }))).toBeNull();
    expect(assemblyEntitlement(facts({ memberships: [{ status: 'active', categoryVoting: null }] }))).toBeNull();
    expect(assemblyEntitlement(facts({ memberships: [{ status: 'requested', categoryVoting: true }] }))).toBeNull();
    expect(assemblyEntitlement(facts({ memberships: [{ status: 'left', categoryVoting: true }] }))).toBeNull();
    expect(assemblyEntitlement(facts({ assemblyStatus: 'closed' }))).toBeNull();
  });

  it('accepts a member who left and joined again', () => {
    expect(assemblyEntitlement(facts({ memberships: [{ status: 'left', categoryVoting: true }, activeVoter] }))).not.toBeNull();
  });
});
