import {
  allowedActions,
  comparePriority,
  type MtRequestRecord,
  type PriorityRule,
  priorityFactsOf,
  type RequestPriority,
  type RequestSource,
  type RequestStatus,
  requestPriority,
} from '@maillon/domain';
import { assertTeam, teamRequest } from './desk-access.ts';
import { deskSettingsOf } from './desk-settings.ts';
import type { MtRequestsContext, MtRequestsPorts } from './mt-requests-ports.ts';

/**
 * A request's priority on `today` under the CPTS's rule. A closed request is scored on its
 * closing day, so that its waiting time stops with it.
 */
export function priorityOf(record: MtRequestRecord, rule: PriorityRule, today: string): RequestPriority {
  return requestPriority(priorityFactsOf(record), rule, record.closedOn ?? today);
}

const summary = (r: MtRequestRecord, extra: { unitName: string; hasDuplicates: boolean; priority: RequestPriority }) => ({
  id: r.id,
  number: r.number,
  status: r.status,
  source: r.source,
  lastName: r.lastName,
  firstName: r.firstName,
  birthDate: r.birthDate,
  unitCode: r.unitCode,
  unitName: extra.unitName,
  requestedOn: r.requestedOn,
  closedOn: r.closedOn,
  hasDuplicates: extra.hasDuplicates,
  priority: {
    groupId: extra.priority.groupId,
    groupLabel: extra.priority.groupLabel,
    groupRank: extra.priority.groupRank,
    points: extra.priority.points,
    waitingDays: extra.priority.waitingDays,
    score: extra.priority.score,
    explanation: extra.priority.explanation,
  },
});

async function unitNames(ports: Pick<MtRequestsPorts, 'geography'>, codes: readonly string[]): Promise<Map<string, string>> {
  const units = await ports.geography.unitsByCodes([...new Set(codes)]);
  return new Map(units.map((u) => [u.code, u.name]));
}

export interface RequestListFilter {
  status?: RequestStatus | undefined;
  source?: RequestSource | undefined;
  group?: string | undefined;
  unit?: string | undefined;
}

/** The desk's list, most urgent first (group, points, waiting), each with its explanation. */
export async function listRequests(ctx: MtRequestsContext, cptsId: string, filter: RequestListFilter) {
  assertTeam(ctx.principal, cptsId);
  const { priorityRule } = await deskSettingsOf(ctx.ports, cptsId);
  const all = await ctx.ports.mtRequests.list(cptsId, {
    statuses: filter.status ? [filter.status] : undefined,
    sources: filter.source ? [filter.source] : undefined,
    unitCodes: filter.unit ? [filter.unit] : undefined,
  });
  const open = await ctx.ports.mtRequests.list(cptsId, { statuses: ['waiting', 'proposed', 'accepted', 'informed', 'firstVisit'] });
  const keyCount = new Map<string, number>();
  for (const r of open) keyCount.set(r.duplicateKey, (keyCount.get(r.duplicateKey) ?? 0) + 1);
  const names = await unitNames(
    ctx.ports,
    all.map((r) => r.unitCode),
  );
  const rows = all
    .map((r) => ({ r, priority: priorityOf(r, priorityRule, ctx.today) }))
    .filter(({ priority }) => !filter.group || priority.groupId === filter.group)
    .sort((a, b) => comparePriority(a.priority, b.priority) || a.r.id.localeCompare(b.r.id));
  const items = rows.map(({ r, priority }) =>
    summary(r, { unitName: names.get(r.unitCode) ?? r.unitCode, hasDuplicates: (keyCount.get(r.duplicateKey) ?? 0) > 1, priority }),
  );
  await ctx.ports.audit.record({
    action: 'read',
    entity: 'mtRequest',
    recordIds: items.map((i) => i.id),
    cptsId,
    details: { view: 'list' },
  });
  return { items, groups: priorityRule.groups.map((g) => ({ id: g.id, label: g.label })) };
}

/** Everything about one request, as the team and the right of access see it. */
export async function loadRequestDetail(ports: MtRequestsPorts, record: MtRequestRecord, today: string) {
  const { priorityRule } = await deskSettingsOf(ports, record.cptsId);
  const [notes, history, sameKey, names] = await Promise.all([
    ports.mtRequests.notes(record.id),
    ports.mtRequests.history(record.id),
    ports.mtRequests.byDuplicateKeys(record.cptsId, [record.duplicateKey]),
    unitNames(ports, [record.unitCode]),
  ]);
  const people = await ports.identity.displayNames(
    [...notes.map((n) => n.authorId), ...history.map((h) => h.actorId)].filter((id): id is string => id !== null),
  );
  const duplicates = sameKey.filter((d) => d.id !== record.id && d.status !== 'merged');
  return {
    ...summary(record, {
      unitName: names.get(record.unitCode) ?? record.unitCode,
      hasDuplicates: duplicates.length > 0,
      priority: priorityOf(record, priorityRule, today),
    }),
    cptsId: record.cptsId,
    email: record.email,
    phone: record.phone,
    ald: record.ald,
    c2s: record.c2s,
    ame: record.ame,
    frailty: record.frailty,
    pregnancy: record.pregnancy,
    gpLostOn: record.gpLostOn,
    gpLossReason: record.gpLossReason,
    homeVisits: record.homeVisits,
    accessibilityNeeds: record.accessibilityNeeds,
    mergedInto: record.mergedInto,
    consentedAt: record.consentedAt?.toISOString() ?? null,
    isDemo: record.isDemo,
    createdAt: record.createdAt.toISOString(),
    updatedAt: record.updatedAt.toISOString(),
    allowedActions: allowedActions(record.status),
    duplicates: duplicates.map((d) => ({ id: d.id, number: d.number, status: d.status, source: d.source, requestedOn: d.requestedOn })),
    notes: notes.map((n) => ({
      id: n.id,
      authorName: n.authorId ? (people.get(n.authorId) ?? null) : null,
      body: n.body,
      createdAt: n.createdAt.toISOString(),
    })),
    history: history.map((h) => ({
      id: h.id,
      at: h.at.toISOString(),
      actorName: h.actorId ? (people.get(h.actorId) ?? null) : null,
      kind: h.kind,
      action: h.action,
      fromStatus: h.fromStatus,
      toStatus: h.toStatus,
      detail: h.detail,
    })),
  };
}
export type RequestDetail = Awaited<ReturnType<typeof loadRequestDetail>>;

/** One request for the team (read recorded). */
export async function requestDetail(ctx: MtRequestsContext, ids: { cptsId: string; requestId: string }): Promise<RequestDetail> {
  const record = await teamRequest(ctx.ports, ctx.principal, ids);
  const detail = await loadRequestDetail(ctx.ports, record, ctx.today);
  await ctx.ports.audit.record({ action: 'read', entity: 'mtRequest', recordIds: [record.id], cptsId: record.cptsId });
  return detail;
}
