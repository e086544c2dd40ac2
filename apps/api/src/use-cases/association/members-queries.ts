import type { DuesStatusDto, MemberDetailDto, MemberListDto, MemberStatusDto, MembersSummaryDto } from '@maillon/contracts';
import {
  BODY_KIND_LABELS,
  duesStatus,
  MANDATE_ROLE_LABELS,
  MEMBER_EVENT_LABELS,
  MEMBER_STATUSES,
  type MemberStatus,
  paidRate,
} from '@maillon/domain';
import { currentYear, loadAssociation, loadMember } from './association-access.ts';
import type { AssociationContext, AssociationPorts } from './association-ports.ts';
import { fold, toDuesDto, toMemberDto } from './member-dto.ts';

export interface MemberListQuery {
  status?: MemberStatusDto | undefined;
  categoryId?: string | undefined;
  dues?: DuesStatusDto | undefined;
  q?: string | undefined;
}

async function categoriesById(ports: Pick<AssociationPorts, 'associationSettings'>, cptsId: string) {
  return new Map((await ports.associationSettings.categories(cptsId)).map((c) => [c.id, c]));
}

/** Members with their category and this year's dues, for the coordination team (contact data included). */
export async function listMembers(ctx: AssociationContext, cptsId: string, query: MemberListQuery): Promise<MemberListDto> {
  const { ports } = ctx;
  await loadAssociation(ports.cpts, ctx.principal, { cptsId, need: 'manage' });
  const repo = ports.members;
  const year = currentYear(ctx.today);
  const [categories, members] = await Promise.all([
    categoriesById(ports, cptsId),
    repo.list(cptsId, { status: query.status, categoryId: query.categoryId }),
  ]);
  const dues = new Map(
    (
      await repo.duesOf(
        members.map((m) => m.id),
        year,
      )
    ).map((d) => [d.memberId, d]),
  );
  const needle = query.q ? fold(query.q) : '';
  const items = members
    .map((m) => toMemberDto(m, { categories, dues: dues.get(m.id), year }))
    .filter((m) => !query.dues || (m.status === 'active' && m.dues.status === query.dues))
    .filter((m) => !needle || fold(`${m.displayName} ${m.idNatPs ?? ''} ${m.finessSite ?? ''} ${m.typeLabel}`).includes(needle));
  await ports.audit.record({ action: 'read', entity: 'member', recordIds: items.map((m) => m.id), cptsId });
  return { year, items };
}

/** One member with history, dues of every year and mandates (coordination team only). */
export async function memberDetail(ctx: AssociationContext, cptsId: string, memberId: string): Promise<MemberDetailDto> {
  const { ports } = ctx;
  await loadAssociation(ports.cpts, ctx.principal, { cptsId, need: 'manage' });
  const repo = ports.members;
  const member = await loadMember(ports, { cptsId, memberId });
  const year = currentYear(ctx.today);
  const governance = ports.governance;
  const [categories, events, dues, bodies] = await Promise.all([
    categoriesById(ports, cptsId),
    repo.events(memberId),
    repo.duesOf([memberId]),
    governance.bodies(cptsId),
  ]);
  const bodyNames = new Map(bodies.map((b) => [b.id, `${b.name} (${BODY_KIND_LABELS[b.kind]})`]));
  const mandates = (await governance.mandates(bodies.map((b) => b.id))).filter((m) => m.memberId === memberId);
  const category = member.categoryId ? categories.get(member.categoryId) : undefined;
  await ports.audit.record({ action: 'read', entity: 'member', recordIds: [memberId], cptsId });
  return {
    ...toMemberDto(member, { categories, dues: dues.find((d) => d.year === year), year }),
    history: events.map((e) => ({
      event: e.event,
      label: MEMBER_EVENT_LABELS[e.event],
      occurredAt: e.occurredAt.toISOString(),
      comment: e.comment,
      byUserId: e.byUserId,
    })),
    duesByYear: dues.map((d) => toDuesDto(d.year, d, category)),
    mandates: mandates.map((m) => ({
      bodyName: bodyNames.get(m.bodyId) ?? '',
      roleLabel: MANDATE_ROLE_LABELS[m.role],
      startOn: m.startOn,
      endOn: m.endOn,
    })),
  };
}

/** Counts and rates only (ARS/CPAM of the region, and the coordination team): no name, no contact. */
export async function membersSummary(ctx: AssociationContext, cptsId: string): Promise<MembersSummaryDto> {
  const { ports } = ctx;
  await loadAssociation(ports.cpts, ctx.principal, { cptsId, need: 'figures' });
  const repo = ports.members;
  const year = currentYear(ctx.today);
  const [categories, members, bodies, assemblies] = await Promise.all([
    ports.associationSettings.categories(cptsId),
    repo.list(cptsId),
    ports.governance.bodies(cptsId),
    ports.assemblies.list(cptsId),
  ]);
  const active = members.filter((m) => m.status === 'active');
  const dues = new Map(
    (
      await repo.duesOf(
        active.map((m) => m.id),
        year,
      )
    ).map((d) => [d.memberId, d]),
  );
  const dueOf = new Map(categories.map((c) => [c.id, c.yearlyDuesCents]));
  const statuses = active.map((m) => duesStatus(dues.get(m.id) ?? null, dueOf.get(m.categoryId ?? '') ?? 0));
  const byStatus = Object.fromEntries(MEMBER_STATUSES.map((s) => [s, 0])) as Record<MemberStatus, number>;
  for (const m of members) byStatus[m.status] += 1;
  const held = assemblies.filter((a) => a.status === 'closed');
  return {
    year,
    byStatus,
    byCategory: categories.map((c) => ({ name: c.name, voting: c.voting, active: active.filter((m) => m.categoryId === c.id).length })),
    professionals: active.filter((m) => m.kind === 'professional').length,
    structures: active.filter((m) => m.kind === 'structure').length,
    duesPaid: statuses.filter((s) => s === 'paid').length,
    duesOwed: statuses.filter((s) => s !== 'exempt').length,
    duesPaidRate: paidRate(statuses),
    bodies: bodies.filter((b) => b.endedOn === null || b.endedOn > ctx.today).length,
    assembliesHeld: held.length,
    lastAssemblyOn: held[0] ? held[0].scheduledAt.toISOString().slice(0, 10) : null,
  };
}
