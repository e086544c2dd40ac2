import type { BodyDto } from '@maillon/contracts';
import {
  assertBodyDeletable,
  assertNoVotingSeat,
  BODY_KIND_LABELS,
  type BodyKind,
  type BodyRecord,
  checkBodyDates,
  checkMandate,
  DomainError,
  inOffice,
  MANDATE_ROLE_LABELS,
  type MandateRecord,
  type MandateRole,
  planBodyEnd,
  requiresVotingMember,
  rolesOf,
  type SeatHolder,
  seatHolderOf,
} from '@maillon/domain';
import { inManagedAssociation, loadAssociation } from './association-access.ts';
import type { AssociationContext, AssociationPorts } from './association-ports.ts';

type BodyTarget = { cptsId: string; bodyId: string };
type MandateTarget = { cptsId: string; mandateId: string };

/** Bodies with their mandates, current ones first (coordination team). */
export async function listBodies(ctx: AssociationContext, cptsId: string): Promise<BodyDto[]> {
  const { ports } = ctx;
  await loadAssociation(ports.cpts, ctx.principal, { cptsId, need: 'manage' });
  const bodies = await ports.governance.bodies(cptsId);
  const [mandates, members] = await Promise.all([ports.governance.mandates(bodies.map((b) => b.id)), ports.members.list(cptsId)]);
  const names = new Map(members.map((m) => [m.id, m.displayName]));
  // The list names the members who hold a seat.
  await ports.audit.record({ action: 'read', entity: 'mandate', recordIds: mandates.map((m) => m.id), cptsId });
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
  return inManagedAssociation(ctx, cptsId, async (ports) => {
    checkBodyDates(dates, ctx.today);
    const id = crypto.randomUUID();
    await ports.governance.createBody({ id, cptsId, kind: input.kind, name: input.name, ...dates });
    return id;
  });
}

async function loadBody(ports: Pick<AssociationPorts, 'governance'>, target: BodyTarget): Promise<BodyRecord> {
  const body = await ports.governance.body(target.cptsId, target.bodyId);
  if (!body) throw new DomainError('NOT_FOUND', 'Instance introuvable.');
  return body;
}

/** Renames a body or records its end; mandates still running then end with it. */
export async function updateBody(
  ctx: AssociationContext,
  target: BodyTarget,
  input: { name: string; endedOn: string | null },
): Promise<void> {
  await inManagedAssociation(ctx, target.cptsId, async (ports) => {
    const body = await loadBody(ports, target);
    checkBodyDates({ createdOn: body.createdOn, endedOn: input.endedOn }, ctx.today);
    if (input.endedOn) {
      const running = planBodyEnd(await ports.governance.mandates([body.id]), input.endedOn);
      await ports.governance.endMandatesOfBody(body.id, input.endedOn);
      if (running.length) {
        await ports.audit.record({ action: 'update', entity: 'mandate', recordIds: running.map((m) => m.id), cptsId: target.cptsId });
      }
    }
    await ports.governance.updateBody(body.id, input);
  });
}

/** Deletes a body created by mistake; a body with mandates is ended instead (history kept). */
export async function deleteBody(ctx: AssociationContext, target: BodyTarget): Promise<void> {
  await inManagedAssociation(ctx, target.cptsId, async (ports) => {
    const body = await loadBody(ports, target);
    assertBodyDeletable(await ports.governance.countMandates(body.id));
    await ports.governance.deleteBody(body.id);
  });
}

async function seatHolder(
  ports: Pick<AssociationPorts, 'members' | 'associationSettings'>,
  cptsId: string,
  memberId: string,
): Promise<SeatHolder> {
  const member = await ports.members.get(cptsId, memberId);
  const category = member?.categoryId ? await ports.associationSettings.category(cptsId, member.categoryId) : null;
  return seatHolderOf(member, category);
}

export interface MandateValues {
  role: MandateRole;
  startOn: string;
  endOn?: string | null | undefined;
}

/** Seats a member in a body after checking the composition rules. */
export async function addMandate(
  ctx: AssociationContext,
  target: BodyTarget,
  input: MandateValues & { memberId: string },
): Promise<string> {
  return inManagedAssociation(ctx, target.cptsId, async (ports) => {
    const body = await loadBody(ports, target);
    const mandate = {
      id: crypto.randomUUID(),
      memberId: input.memberId,
      role: input.role,
      startOn: input.startOn,
      endOn: input.endOn ?? null,
    };
    const member = await seatHolder(ports, target.cptsId, input.memberId);
    checkMandate({ body, mandate, member, others: await ports.governance.mandates([body.id]) });
    await ports.governance.createMandate({ ...mandate, bodyId: body.id });
    await ports.audit.record({ action: 'create', entity: 'mandate', recordIds: [mandate.id], cptsId: target.cptsId });
    return mandate.id;
  });
}

async function loadMandate(ports: Pick<AssociationPorts, 'governance'>, target: MandateTarget) {
  const mandate = await ports.governance.mandate(target.mandateId);
  const body = mandate ? await ports.governance.body(target.cptsId, mandate.bodyId) : null;
  if (!mandate || !body) throw new DomainError('NOT_FOUND', 'Mandat introuvable.');
  return { mandate, body };
}

/** Changes a mandate's role or dates (e.g. ends it), checking the composition rules again. */
export async function updateMandate(ctx: AssociationContext, target: MandateTarget, input: MandateValues): Promise<void> {
  await inManagedAssociation(ctx, target.cptsId, async (ports) => {
    const { mandate, body } = await loadMandate(ports, target);
    const next = { ...mandate, role: input.role, startOn: input.startOn, endOn: input.endOn ?? null };
    const member = await seatHolder(ports, target.cptsId, mandate.memberId);
    checkMandate({ body, mandate: next, member, others: await ports.governance.mandates([body.id]) });
    await ports.governance.updateMandate(mandate.id, { role: next.role, startOn: next.startOn, endOn: next.endOn });
    await ports.audit.record({ action: 'update', entity: 'mandate', recordIds: [mandate.id], cptsId: target.cptsId });
  });
}

/** Deletes a mandate entered by mistake (an ended mandate is ended, not deleted). */
export async function deleteMandate(ctx: AssociationContext, target: MandateTarget): Promise<void> {
  await inManagedAssociation(ctx, target.cptsId, async (ports) => {
    const { mandate } = await loadMandate(ports, target);
    await ports.governance.deleteMandate(mandate.id);
    await ports.audit.record({ action: 'delete', entity: 'mandate', recordIds: [mandate.id], cptsId: target.cptsId });
  });
}

/**
 * Refuses a change that takes the vote away from members holding (or about to hold) a seat
 * in the bureau or the board (`assertNoVotingSeat`).
 */
export async function checkVotingSeats(
  ports: Pick<AssociationPorts, 'governance'>,
  target: { cptsId: string; memberIds: readonly string[]; today: string },
  field: string,
): Promise<void> {
  const kinds = new Map((await ports.governance.bodies(target.cptsId)).map((b) => [b.id, b.kind]));
  for (const memberId of target.memberIds) {
    const seats = await ports.governance.openMandatesOf(memberId, target.today);
    assertNoVotingSeat(
      seats.flatMap((m) => kinds.get(m.bodyId) ?? []),
      field,
    );
  }
}
