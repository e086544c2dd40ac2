import { DomainError } from '../errors.ts';
import type { VoterRecord } from '../storage/association-assemblies-repository.ts';
import { dayIn } from '../time/zoned-day.ts';
import type { AssemblyKind } from './assembly.ts';
import type { MemberStatus } from './membership.ts';

/** An association holds one constitutive assembly in its life (convened counts: it is under way). */
export function assertConstitutiveNotHeld(existing: readonly AssemblyKind[], kind: AssemblyKind): void {
  if (kind === 'constitutive' && existing.includes('constitutive')) {
    throw new DomainError('CONFLICT', "L'association a déjà tenu (ou convoqué) son assemblée constitutive.", 'kind');
  }
}

/**
 * The list of members entitled to vote, frozen at convocation: the active members of the
 * voting categories, all absent until attendance is taken. An assembly nobody may vote in is
 * not convened (docs/reference/association.md §5).
 */
export function frozenVoterList(
  members: readonly { id: string; displayName: string; status: MemberStatus; categoryId: string | null }[],
  categories: ReadonlyMap<string, { name: string; voting: boolean }>,
): VoterRecord[] {
  const voters = members.flatMap((m) => {
    const category = m.categoryId ? categories.get(m.categoryId) : undefined;
    if (m.status !== 'active' || !category?.voting) return [];
    return [
      { memberId: m.id, displayName: m.displayName, categoryName: category.name, attendance: 'absent' as const, proxyHolderId: null },
    ];
  });
  if (voters.length === 0) {
    throw new DomainError(
      'CONFLICT',
      "Aucun adhérent n'a le droit de vote : validez des adhésions dans un collège votant d'abord.",
      'kind',
    );
  }
  return voters;
}

/** The day an assembly is held, in the CPTS's time zone. */
export const heldOn = (scheduledAt: Date): string => dayIn(scheduledAt);

/** Votes are recorded and an assembly closed on or after the day it is held, never before. */
export function assertAssemblyHeld(scheduledAt: Date, today: string): void {
  if (heldOn(scheduledAt) > today) throw new DomainError('CONFLICT', "L'assemblée n'a pas encore eu lieu.", 'scheduledAt');
}
