import type { BodyDto } from '@maillon/contracts';
import {
  createAssociationGovernanceRepository,
  createAssociationMembersRepository,
  createAssociationSettingsRepository,
  type Db,
} from '@maillon/db';
import type { BodyRecord, MandateRecord } from '@maillon/domain';
import {
  BODY_KIND_LABELS,
  type BodyKind,
  checkBodyDates,
  checkMandate,
  DomainError,
  inOffice,
  MANDATE_ROLE_LABELS,
  type MandateRole,
  requiresVotingMember,
  rolesOf,
  type SeatHolder,
} from '@maillon/domain';
import { type AssociationContext, inManagedAssociation, loadAssociation } from './association-access.ts';

/** Bodies with their mandates, current ones first (coordination team). */
export async function listBodies(ctx: AssociationContext, cptsId: string): Promise<BodyDto[]> {
  await loadAssociation(ctx.db, ctx.principal, { cptsId, need: 'manage' });
  const governance = createAssociationGovernanceRepository(ctx.db);
  const bodies = await governance.bodies(cptsId);
  const [mandates, members] = await Promise.all([
    governance.mandates(bodies.map((b) => b.id)),
    createAssociationMembersRepository(ctx.db).list(cptsId),
  ]);
  const names = new Map(members.map((m) => [m.id, m.displayName]));
  // The list names the members who hold a seat.
  await ctx.audit.record(ctx.db, { action: 'read', entity: 'mandate', recordIds: mandates.map((m) => m.id), cptsId });
  return bodies.map((body) =>
    toBodyDto(
      body,
      mandates.filter((m) => m.bodyId === body.id),
      { names, today: ctx.today },
    ),
  );
}

function toBodyDto(body: BodyRecord, mandates: MandateRecord[], options: { names: Map<string, string>; today: string }): BodyDto {
  const items = mandates.map((m) => ({
    id: m.id,
    memberId: m.memberId,
    memberName: options.names.get(m.memberId) ?? '—',
    role: m.role,
    roleLabel: MANDATE_ROLE_LABELS[m.role],
    startOn: m.startOn,
    endOn: m.endOn,
    current: inOffice(m, options.today),
  }));
  items.sort((a, b) => Number(b.current) - Number(a.current) || rolesOf(body.kind).indexOf(a.role) - rolesOf(body.kind).indexOf(b.role));
  return {
    id: body.id,
    kind: body.kind,
    kindLabel: BODY_KIND_LABELS[body.kind],
    name: body.name,
    createdOn: body.createdOn,
    endedOn: body.endedOn,
    roles: [...rolesOf(body.kind)],
    votingSeatsOnly: requiresVotingMember(body.kind),
    mandates: items,
  };
}

export async function createBody(
  ctx: AssociationContext,
  cptsId: string,
  input: { kind: BodyKind; name: string; createdOn: string; endedOn?: string | null | undefined },
): Promise<string> {
  const dates = { createdOn: input.createdOn, endedOn: input.endedOn ?? null };
  return inManagedAssociation(ctx, cptsId, async (tx) => {
    checkBodyDates(dates, ctx.today);
    const id = crypto.randomUUID();
    await createAssociationGovernanceRepository(tx).createBody({ id, cptsId, kind: input.kind, name: input.name, ...dates });
    return id;
  });
}

async function loadBody(db: Db, cptsId: string, bodyId: string): Promise<BodyRecord> {
  const body = await createAssociationGovernanceRepository(db).body(cptsId, bodyId);
  if (!body) throw new DomainError('NOT_FOUND', 'Instance introuvable.');
  return body;
}

/** Renames a body or records its end; mandates still running then end with it. */
export async function updateBody(
  ctx: AssociationContext,
  target: { cptsId: string; bodyId: string },
  input: { name: string; endedOn: string | null },
): Promise<void> {
  await inManagedAssociation(ctx, target.cptsId, async (tx) => {
    const body = await loadBody(tx, target.cptsId, target.bodyId);
    checkBodyDates({ createdOn: body.createdOn, endedOn: input.endedOn }, ctx.today);
    const governance = createAssociationGovernanceRepository(tx);
    if (input.endedOn) {
      const later = (await governance.mandates([body.id])).find((m) => m.startOn >= (input.endedOn as string));
      if (later) throw new DomainError('CONFLICT', 'Un mandat commence après cette date de fin : modifiez-le d’abord.', 'endedOn');
      const running = (await governance.mandates([body.id])).filter((m) => m.endOn === null || m.endOn > (input.endedOn as string));
      await governance.endMandatesOfBody(body.id, input.endedOn);
      if (running.length) {
        await ctx.audit.record(tx, { action: 'update', entity: 'mandate', recordIds: running.map((m) => m.id), cptsId: target.cptsId });
      }
    }
    await governance.updateBody(body.id, input);
  });
}

/** Deletes a body created by mistake; a body with mandates is ended instead (history kept). */
export async function deleteBody(ctx: AssociationContext, target: { cptsId: string; bodyId: string }): Promise<void> {
  await inManagedAssociation(ctx, target.cptsId, async (tx) => {
    const body = await loadBody(tx, target.cptsId, target.bodyId);
    const governance = createAssociationGovernanceRepository(tx);
    if ((await governance.countMandates(body.id)) > 0) {
      throw new DomainError('CONFLICT', 'Cette instance a des mandats : indiquez sa date de fin plutôt que de la supprimer.', 'bodyId');
    }
    await governance.deleteBody(body.id);
  });
}

async function seatHolder(db: Db, cptsId: string, memberId: string): Promise<SeatHolder> {
  const member = await createAssociationMembersRepository(db).get(cptsId, memberId);
  if (!member) throw new DomainError('INVALID', 'Adhérent introuvable dans cette CPTS.', 'memberId');
  const category = member.categoryId ? await createAssociationSettingsRepository(db).category(cptsId, member.categoryId) : null;
  return { id: member.id, status: member.status, voting: category?.voting ?? false, leftOn: member.leftOn };
}

export interface MandateValues {
  role: MandateRole;
  startOn: string;
  endOn?: string | null | undefined;
}

/** Seats a member in a body after checking the composition rules. */
export async function addMandate(
  ctx: AssociationContext,
  target: { cptsId: string; bodyId: string },
  input: MandateValues & { memberId: string },
): Promise<string> {
  return inManagedAssociation(ctx, target.cptsId, async (tx) => {
    const body = await loadBody(tx, target.cptsId, target.bodyId);
    const governance = createAssociationGovernanceRepository(tx);
    const mandate = {
      id: crypto.randomUUID(),
      memberId: input.memberId,
      role: input.role,
      startOn: input.startOn,
      endOn: input.endOn ?? null,
    };
    const member = await seatHolder(tx, target.cptsId, input.memberId);
    checkMandate({ body, mandate, member, others: await governance.mandates([body.id]) });
    await governance.createMandate({ ...mandate, bodyId: body.id });
    await ctx.audit.record(tx, { action: 'create', entity: 'mandate', recordIds: [mandate.id], cptsId: target.cptsId });
    return mandate.id;
  });
}

async function loadMandate(db: Db, target: { cptsId: string; mandateId: string }) {
  const mandate = await createAssociationGovernanceRepository(db).mandate(target.mandateId);
  const body = mandate ? await createAssociationGovernanceRepository(db).body(target.cptsId, mandate.bodyId) : null;
  if (!mandate || !body) throw new DomainError('NOT_FOUND', 'Mandat introuvable.');
  return { mandate, body };
}

/** Changes a mandate's role or dates (e.g. ends it), checking the composition rules again. */
export async function updateMandate(
  ctx: AssociationContext,
  target: { cptsId: string; mandateId: string },
  input: MandateValues,
): Promise<void> {
  await inManagedAssociation(ctx, target.cptsId, async (tx) => {
    const { mandate, body } = await loadMandate(tx, target);
    const governance = createAssociationGovernanceRepository(tx);
    const next = { ...mandate, role: input.role, startOn: input.startOn, endOn: input.endOn ?? null };
    const member = await seatHolder(tx, target.cptsId, mandate.memberId);
    checkMandate({ body, mandate: next, member, others: await governance.mandates([body.id]) });
    await governance.updateMandate(mandate.id, { role: next.role, startOn: next.startOn, endOn: next.endOn });
    await ctx.audit.record(tx, { action: 'update', entity: 'mandate', recordIds: [mandate.id], cptsId: target.cptsId });
  });
}

/** Deletes a mandate entered by mistake (an ended mandate is ended, not deleted). */
export async function deleteMandate(ctx: AssociationContext, target: { cptsId: string; mandateId: string }): Promise<void> {
  await inManagedAssociation(ctx, target.cptsId, async (tx) => {
    const { mandate } = await loadMandate(tx, target);
    await createAssociationGovernanceRepository(tx).deleteMandate(mandate.id);
    await ctx.audit.record(tx, { action: 'delete', entity: 'mandate', recordIds: [mandate.id], cptsId: target.cptsId });
  });
}

/**
 * A bureau or board seat requires a vote: refuses a change that would take the vote away from
 * members still holding (or about to hold) such a seat.
 */
export async function assertNoVotingSeat(db: Db, target: { cptsId: string; memberIds: readonly string[]; today: string }, field: string) {
  const governance = createAssociationGovernanceRepository(db);
  const seatedBodies = new Set((await governance.bodies(target.cptsId)).filter((b) => requiresVotingMember(b.kind)).map((b) => b.id));
  for (const memberId of target.memberIds) {
    const seats = (await governance.openMandatesOf(memberId, target.today)).filter((m) => seatedBodies.has(m.bodyId));
    if (seats.length > 0) {
      throw new DomainError(
        'CONFLICT',
        "Un adhérent siégeant au bureau ou au conseil d'administration doit garder le droit de vote : terminez d'abord son mandat.",
        field,
      );
    }
  }
}
