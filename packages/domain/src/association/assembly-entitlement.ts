import { ATTENDANCES, type Attendance } from './assembly.ts';

export interface EntitlementFacts {
  /** convened, open or closed. */
  assemblyStatus: string;
  /** The assembly's voter list has been frozen (at convocation). */
  voterListFrozen: boolean;
  /** The professional's row on that list, when there is one. */
  voterEntry: { attendance: string } | null;
  /** The professional's memberships in the assembly's CPTS. */
  memberships: readonly { status: string; categoryVoting: boolean | null }[];
}

export type Entitlement = { entitledBy: 'voterList'; attendance: Attendance | null } | { entitledBy: 'membership'; attendance: null };

const isAttendance = (value: string): value is Attendance => (ATTENDANCES as readonly string[]).includes(value);

/**
 * Whether a professional may vote in a general assembly. Once the list of members entitled to
 * vote is frozen at convocation, it alone decides (issue #3, "General assembly": snapshot of
 * the members entitled to vote). Before that, an active member of a voting category of a
 * convened or open assembly's CPTS is entitled; a closed assembly without list concerns nobody
 * (docs/reference/association.md §6).
 */
export function assemblyEntitlement(facts: EntitlementFacts): Entitlement | null {
  if (facts.voterListFrozen) {
    if (!facts.voterEntry) return null;
    const { attendance } = facts.voterEntry;
    return { entitledBy: 'voterList', attendance: isAttendance(attendance) ? attendance : null };
  }
  if (facts.assemblyStatus !== 'convened' && facts.assemblyStatus !== 'open') return null;
  const votingMember = facts.memberships.some((m) => m.status === 'active' && m.categoryVoting === true);
  return votingMember ? { entitledBy: 'membership', attendance: null } : null;
}
