import type { AddMemberInput, MemberUpdateInput } from '@maillon/contracts';
import {
  admitMember,
  assertAcceptsMembershipRequests,
  assertCategoryFound,
  assertNoOpenMembership,
  type CptsRecord,
  changesCategory,
  checkCategoryChange,
  DomainError,
  type MemberRecord,
  type MembershipKey,
  planMembershipDecision,
  planMemberUpdate,
  requireDirectoryEntry,
  requireProfessionalIdentity,
  seatsOnDeparture,
} from '@maillon/domain';
import { inManagedAssociation, loadMember } from './association-access.ts';
import type { AssociationContext, AssociationPorts } from './association-ports.ts';
import { checkVotingSeats } from './governance.ts';

/** A decision of the coordination team on a membership. */
export interface MembershipDecisionInput {
  decision: 'accept' | 'refuse' | 'leave';
  categoryId?: string | undefined;
  joinedOn?: string | undefined;
  leftOn?: string | undefined;
  comment?: string | undefined;
}

type MemberTarget = { cptsId: string; memberId: string };

const categoryExists = async (ports: Pick<AssociationPorts, 'associationSettings'>, cptsId: string, categoryId: string) =>
  (await ports.associationSettings.category(cptsId, categoryId)) !== null;

async function checkNoOpenMembership(ports: Pick<AssociationPorts, 'members'>, cptsId: string, key: MembershipKey): Promise<void> {
  assertNoOpenMembership(await ports.members.list(cptsId), key);
}

/** Creates the member with its first history event and the audit entry. */
async function create(
  ports: AssociationPorts,
  member: MemberRecord,
  event: { ctx: AssociationContext; comment?: string | null },
): Promise<void> {
  await ports.members.create(member);
  await ports.audit.record({ action: 'create', entity: 'member', recordIds: [member.id], cptsId: member.cptsId });
  await ports.members.appendEvent({
    id: crypto.randomUUID(),
    memberId: member.id,
    event: member.status === 'active' ? 'added' : 'requested',
    occurredAt: event.ctx.now,
    byUserId: event.ctx.principal.userId,
    comment: event.comment ?? null,
  });
}

/** The coordination team adds a member (validated at once) or records a request received. */
export async function addMember(ctx: AssociationContext, cptsId: string, input: AddMemberInput): Promise<string> {
  return inManagedAssociation(ctx, cptsId, async (ports) => {
    const status = input.status ?? 'active';
    const categoryFound = input.categoryId ? await categoryExists(ports, cptsId, input.categoryId) : false;
    const { joinedOn } = admitMember({ status, categoryId: input.categoryId, categoryFound, joinedOn: input.joinedOn }, ctx.today);
    const base = {
      id: crypto.randomUUID(),
      cptsId,
      categoryId: input.categoryId ?? null,
      status,
      requestedAt: ctx.now,
      joinedOn,
      leftOn: null,
      contactEmail: input.contactEmail ?? null,
      contactPhone: input.contactPhone ?? null,
      isDemo: false,
    } as const;
    let member: MemberRecord;
    if (input.kind === 'professional') {
      const territory = await ports.cpts.unitCodes(cptsId);
      const professional = requireDirectoryEntry(await ports.associationDirectory.professional(input.idNatPs, territory));
      await checkNoOpenMembership(ports, cptsId, { idNatPs: input.idNatPs });
      member = {
        ...base,
        kind: 'professional',
        idNatPs: professional.idNatPs,
        finessSite: null,
        structureType: null,
        displayName: `${professional.firstName} ${professional.lastName}`.trim(),
        professionLabel: professional.professionLabel,
        unitCode: professional.unitCode,
      };
    } else {
      if (input.finessSite) await checkNoOpenMembership(ports, cptsId, { finessSite: input.finessSite });
      member = {
        ...base,
        kind: 'structure',
        idNatPs: null,
        finessSite: input.finessSite ?? null,
        structureType: input.structureType,
        displayName: input.displayName,
        professionLabel: null,
        unitCode: null,
      };
    }
    await create(ports, member, { ctx });
    return member.id;
  });
}

/**
 * A signed-in professional (account linked to a national id, e.g. through Pro Santé Connect)
 * asks to join a CPTS; the coordination team decides later.
 */
export async function requestMembership(
  ctx: AssociationContext,
  cptsId: string,
  input: { contactEmail?: string | null | undefined; contactPhone?: string | null | undefined; comment?: string | undefined },
): Promise<{ memberId: string; cpts: CptsRecord }> {
  const user = requireProfessionalIdentity(await ctx.ports.identity.findUserById(ctx.principal.userId));
  const { idNatPs } = user;
  return ctx.transaction(async (ports) => {
    const cpts = await ports.cpts.get(cptsId, { forUpdate: true });
    if (!cpts) throw new DomainError('NOT_FOUND', 'CPTS introuvable.');
    assertAcceptsMembershipRequests(cpts.stage);
    await checkNoOpenMembership(ports, cptsId, { idNatPs });
    const professional = await ports.associationDirectory.professional(idNatPs, await ports.cpts.unitCodes(cptsId));
    const member: MemberRecord = {
      id: crypto.randomUUID(),
      cptsId,
      kind: 'professional',
      idNatPs,
      finessSite: null,
      structureType: null,
      displayName: professional ? `${professional.firstName} ${professional.lastName}`.trim() : ctx.principal.displayName,
      professionLabel: professional?.professionLabel ?? null,
      categoryId: null,
      status: 'requested',
      requestedAt: ctx.now,
      joinedOn: null,
      leftOn: null,
      contactEmail: input.contactEmail ?? user.email,
      contactPhone: input.contactPhone ?? null,
      unitCode: professional?.unitCode ?? null,
      isDemo: false,
    };
    await create(ports, member, { ctx, comment: input.comment?.trim() || null });
    return { memberId: member.id, cpts };
  });
}

/** Validates or refuses a membership request, or records a departure (ending the member's mandates). */
export async function decideMembership(ctx: AssociationContext, target: MemberTarget, input: MembershipDecisionInput): Promise<void> {
  const { cptsId, memberId } = target;
  await inManagedAssociation(ctx, cptsId, async (ports) => {
    const member = await loadMember(ports, target);
    const change = planMembershipDecision(
      member,
      input.decision === 'accept'
        ? { kind: 'accept', categoryId: input.categoryId, joinedOn: input.joinedOn }
        : input.decision === 'refuse'
          ? { kind: 'refuse', comment: input.comment }
          : { kind: 'leave', leftOn: input.leftOn, comment: input.comment },
      ctx.today,
    );
    if (change.categoryId) assertCategoryFound(await categoryExists(ports, cptsId, change.categoryId));
    const { event, comment, ...changes } = change;
    await ports.members.update(memberId, changes);
    await ports.members.appendEvent({
      id: crypto.randomUUID(),
      memberId,
      event,
      occurredAt: ctx.now,
      byUserId: ctx.principal.userId,
      comment,
    });
    await ports.audit.record({ action: 'update', entity: 'member', recordIds: [memberId], cptsId, details: { decision: input.decision } });
    if (change.leftOn) await endMandatesOnDeparture(ports, memberId, change.leftOn);
  });
}

/** A member who leaves leaves their seats too (`seatsOnDeparture`). */
async function endMandatesOnDeparture(ports: Pick<AssociationPorts, 'governance'>, memberId: string, leftOn: string): Promise<void> {
  const { ended, deleted } = seatsOnDeparture(await ports.governance.openMandatesOf(memberId, leftOn), leftOn);
  for (const mandate of deleted) await ports.governance.deleteMandate(mandate.id);
  for (const mandate of ended)
    await ports.governance.updateMandate(mandate.id, { role: mandate.role, startOn: mandate.startOn, endOn: leftOn });
}

/** Changes a member's category or contact data; the history keeps a trace of it. */
export async function updateMember(ctx: AssociationContext, target: MemberTarget, input: MemberUpdateInput): Promise<void> {
  const { cptsId, memberId } = target;
  await inManagedAssociation(ctx, cptsId, async (ports) => {
    const member = await loadMember(ports, target);
    if (input.categoryId !== undefined && changesCategory(member, input)) {
      const next = input.categoryId ? await ports.associationSettings.category(cptsId, input.categoryId) : null;
      checkCategoryChange(member, { categoryId: input.categoryId, categoryFound: next !== null });
      if (!next?.voting) await checkVotingSeats(ports, { cptsId, memberIds: [memberId], today: ctx.today }, 'categoryId');
    }
    const { changes, changed } = planMemberUpdate(member, input);
    if (changed.length === 0) return;
    await ports.members.update(memberId, changes);
    await ports.members.appendEvent({
      id: crypto.randomUUID(),
      memberId,
      event: 'updated',
      occurredAt: ctx.now,
      byUserId: ctx.principal.userId,
      comment: `Modifié : ${changed.join(', ')}`,
    });
    // Which fields changed, never their values.
    await ports.audit.record({
      action: 'update',
      entity: 'member',
      recordIds: [memberId],
      cptsId,
      details: { fields: changed.join(', ') },
    });
  });
}
