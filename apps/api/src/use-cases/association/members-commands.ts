import type { AddMemberInput, MemberUpdateInput } from '@maillon/contracts';
import {
  createAssociationDirectoryRepository,
  createAssociationGovernanceRepository,
  createAssociationMembersRepository,
  createAssociationSettingsRepository,
  createCptsRepository,
  createIdentityRepository,
  type Db,
} from '@maillon/db';
import type { CptsRecord, MemberChanges, MemberRecord } from '@maillon/domain';
import { checkJoinedOn, DomainError, invalid, isOpenMembership, planMembershipDecision } from '@maillon/domain';
import { type AssociationContext, inManagedAssociation } from './association-access.ts';
import { assertNoVotingSeat } from './governance.ts';

/** A decision of the coordination team on a membership. */
export interface MembershipDecisionInput {
  decision: 'accept' | 'refuse' | 'leave';
  categoryId?: string | undefined;
  joinedOn?: string | undefined;
  leftOn?: string | undefined;
  comment?: string | undefined;
}

async function assertCategory(db: Db, cptsId: string, categoryId: string): Promise<void> {
  if (!(await createAssociationSettingsRepository(db).category(cptsId, categoryId))) {
    throw invalid('categoryId', "Cette catégorie d'adhésion n'existe pas dans la CPTS.");
  }
}

async function assertNoOpenMembership(db: Db, cptsId: string, key: { idNatPs?: string; finessSite?: string }): Promise<void> {
  const members = await createAssociationMembersRepository(db).list(cptsId);
  const open = members.filter((m) => isOpenMembership(m.status));
  if (key.idNatPs && open.some((m) => m.idNatPs === key.idNatPs)) {
    throw new DomainError('CONFLICT', 'Ce professionnel est déjà adhérent ou a une demande en cours.', 'idNatPs');
  }
  if (key.finessSite && open.some((m) => m.finessSite === key.finessSite)) {
    throw new DomainError('CONFLICT', 'Cette structure est déjà adhérente ou a une demande en cours.', 'finessSite');
  }
}

async function record(
  db: Db,
  member: MemberRecord,
  event: { kind: 'active' | 'requested'; ctx: AssociationContext; comment?: string | null },
) {
  const repo = createAssociationMembersRepository(db);
  await repo.create(member);
  await event.ctx.audit.record(db, { action: 'create', entity: 'member', recordIds: [member.id], cptsId: member.cptsId });
  await repo.appendEvent({
    id: crypto.randomUUID(),
    memberId: member.id,
    event: event.kind === 'active' ? 'added' : 'requested',
    occurredAt: event.ctx.now,
    byUserId: event.ctx.principal.userId,
    comment: event.comment ?? null,
  });
}

/** The coordination team adds a member (validated at once) or records a request received. */
export async function addMember(ctx: AssociationContext, cptsId: string, input: AddMemberInput): Promise<string> {
  return inManagedAssociation(ctx, cptsId, async (tx) => {
    const status = input.status ?? 'active';
    if (input.categoryId) await assertCategory(tx, cptsId, input.categoryId);
    else if (status === 'active') throw invalid('categoryId', "Choisissez la catégorie d'adhésion (collège).");
    if (input.joinedOn) checkJoinedOn(input.joinedOn, ctx.today);
    const base = {
      id: crypto.randomUUID(),
      cptsId,
      categoryId: input.categoryId ?? null,
      status,
      requestedAt: ctx.now,
      joinedOn: status === 'active' ? (input.joinedOn ?? ctx.today) : null,
      leftOn: null,
      contactEmail: input.contactEmail ?? null,
      contactPhone: input.contactPhone ?? null,
      isDemo: false,
    } as const;
    if (input.kind === 'professional') {
      const territory = await createCptsRepository(tx).unitCodes(cptsId);
      const professional = await createAssociationDirectoryRepository(tx).professional(input.idNatPs, territory);
      if (!professional) throw invalid('idNatPs', "Ce professionnel n'est pas dans l'annuaire national (RPPS) chargé.");
      await assertNoOpenMembership(tx, cptsId, { idNatPs: input.idNatPs });
      const member: MemberRecord = {
        ...base,
        kind: 'professional',
        idNatPs: professional.idNatPs,
        finessSite: null,
        structureType: null,
        displayName: `${professional.firstName} ${professional.lastName}`.trim(),
        professionLabel: professional.professionLabel,
        unitCode: professional.unitCode,
      };
      await record(tx, member, { kind: status, ctx });
      return member.id;
    }
    if (input.finessSite) await assertNoOpenMembership(tx, cptsId, { finessSite: input.finessSite });
    const member: MemberRecord = {
      ...base,
      kind: 'structure',
      idNatPs: null,
      finessSite: input.finessSite ?? null,
      structureType: input.structureType,
      displayName: input.displayName,
      professionLabel: null,
      unitCode: null,
    };
    await record(tx, member, { kind: status, ctx });
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
  const user = await createIdentityRepository(ctx.db).findUserById(ctx.principal.userId);
  const idNatPs = user?.idNatPs ?? null;
  if (!user || !idNatPs) {
    throw new DomainError('FORBIDDEN', 'Seul un professionnel identifié (RPPS, Pro Santé Connect) peut demander à adhérer.', 'idNatPs');
  }
  return ctx.db.transaction(async (tx) => {
    const cpts = await createCptsRepository(tx).get(cptsId, { forUpdate: true });
    if (!cpts) throw new DomainError('NOT_FOUND', 'CPTS introuvable.');
    if (cpts.stage === 'dissolved' || cpts.stage === 'merged') {
      throw new DomainError('CONFLICT', "Cette CPTS n'existe plus : elle n'accueille plus d'adhésion.", 'cptsId');
    }
    await assertNoOpenMembership(tx, cptsId, { idNatPs });
    const professional = await createAssociationDirectoryRepository(tx).professional(
      idNatPs,
      await createCptsRepository(tx).unitCodes(cptsId),
    );
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
    await record(tx, member, { kind: 'requested', ctx, comment: input.comment?.trim() || null });
    return { memberId: member.id, cpts };
  });
}

async function loadMember(db: Db, cptsId: string, memberId: string): Promise<MemberRecord> {
  const member = await createAssociationMembersRepository(db).get(cptsId, memberId);
  if (!member) throw new DomainError('NOT_FOUND', 'Adhérent introuvable.');
  return member;
}

/** Validates or refuses a membership request, or records a departure (ending the member's mandates). */
export async function decideMembership(
  ctx: AssociationContext,
  target: { cptsId: string; memberId: string },
  input: MembershipDecisionInput,
): Promise<void> {
  const { cptsId, memberId } = target;
  await inManagedAssociation(ctx, cptsId, async (tx) => {
    const member = await loadMember(tx, cptsId, memberId);
    const change = planMembershipDecision(
      member,
      input.decision === 'accept'
        ? { kind: 'accept', categoryId: input.categoryId, joinedOn: input.joinedOn }
        : input.decision === 'refuse'
          ? { kind: 'refuse', comment: input.comment }
          : { kind: 'leave', leftOn: input.leftOn, comment: input.comment },
      ctx.today,
    );
    if (change.categoryId) await assertCategory(tx, cptsId, change.categoryId);
    const repo = createAssociationMembersRepository(tx);
    const { event, comment, ...changes } = change;
    await repo.update(memberId, changes);
    await repo.appendEvent({ id: crypto.randomUUID(), memberId, event, occurredAt: ctx.now, byUserId: ctx.principal.userId, comment });
    await ctx.audit.record(tx, {
      action: 'update',
      entity: 'member',
      recordIds: [memberId],
      cptsId,
      details: { decision: input.decision },
    });
    if (change.leftOn) await endMandatesOnDeparture(tx, memberId, change.leftOn);
  });
}

/** A member who leaves leaves their seats too: running mandates end on the day they left. */
async function endMandatesOnDeparture(db: Db, memberId: string, leftOn: string): Promise<void> {
  const governance = createAssociationGovernanceRepository(db);
  for (const mandate of await governance.openMandatesOf(memberId, leftOn)) {
    if (mandate.startOn >= leftOn) await governance.deleteMandate(mandate.id);
    else await governance.updateMandate(mandate.id, { role: mandate.role, startOn: mandate.startOn, endOn: leftOn });
  }
}

/** Changes a member's category or contact data; the history keeps a trace of it. */
export async function updateMember(
  ctx: AssociationContext,
  target: { cptsId: string; memberId: string },
  input: MemberUpdateInput,
): Promise<void> {
  const { cptsId, memberId } = target;
  await inManagedAssociation(ctx, cptsId, async (tx) => {
    const member = await loadMember(tx, cptsId, memberId);
    const changes: MemberChanges = {};
    const notes: string[] = [];
    if (input.categoryId !== undefined && input.categoryId !== member.categoryId) {
      if (input.categoryId === null) {
        if (member.status === 'active') throw invalid('categoryId', "Un adhérent appartient à une catégorie d'adhésion.");
      } else await assertCategory(tx, cptsId, input.categoryId);
      const next = input.categoryId ? await createAssociationSettingsRepository(tx).category(cptsId, input.categoryId) : null;
      if (!next?.voting) await assertNoVotingSeat(tx, { cptsId, memberIds: [memberId], today: ctx.today }, 'categoryId');
      changes.categoryId = input.categoryId;
      notes.push('catégorie');
    }
    if (input.contactEmail !== undefined && input.contactEmail !== member.contactEmail) {
      changes.contactEmail = input.contactEmail;
      notes.push('e-mail');
    }
    if (input.contactPhone !== undefined && input.contactPhone !== member.contactPhone) {
      changes.contactPhone = input.contactPhone;
      notes.push('téléphone');
    }
    if (notes.length === 0) return;
    const repo = createAssociationMembersRepository(tx);
    await repo.update(memberId, changes);
    await repo.appendEvent({
      id: crypto.randomUUID(),
      memberId,
      event: 'updated',
      occurredAt: ctx.now,
      byUserId: ctx.principal.userId,
      comment: `Modifié : ${notes.join(', ')}`,
    });
    // Which fields changed, never their values.
    await ctx.audit.record(tx, {
      action: 'update',
      entity: 'member',
      recordIds: [memberId],
      cptsId,
      details: { fields: notes.join(', ') },
    });
  });
}
