import type { InvitationRefDto, NonMemberDto, NonMembersPageDto } from '@maillon/contracts';
import type { InvitationRecord, NonMemberFilter, NonMemberRow, TerritoryActivityRow } from '@maillon/domain';
import {
  compareProfessionLines,
  INVITATION_STATUS_LABELS,
  type NonMembersFilterInput,
  nonMembersFilter,
  professionLineKey,
  professionLineLabel,
  type TerritoryIndex,
} from '@maillon/domain';
import { type EngagementContext, type EngagementCpts, loadEngagementLists, unitName } from './load-engagement-cpts.ts';

export type NonMembersQueryInput = NonMembersFilterInput;

export function invitationRef(invitation: InvitationRecord | undefined): InvitationRefDto | null {
  return invitation
    ? { id: invitation.id, status: invitation.status, statusLabel: INVITATION_STATUS_LABELS[invitation.status], sentOn: invitation.sentOn }
    : null;
}

const toFilter = (cpts: EngagementCpts, query: NonMembersQueryInput): NonMemberFilter => nonMembersFilter(cpts.unitCodes, query);

/** One row per professional: their activity in the filtered commune, else their first on the territory. */
function toDto(options: {
  person: NonMemberRow;
  activities: readonly TerritoryActivityRow[];
  unitFilter: string | undefined;
  invitation: InvitationRecord | undefined;
  index: TerritoryIndex;
}): NonMemberDto {
  const { person, activities } = options;
  const shown = activities.find((a) => a.unitCode === options.unitFilter) ?? activities[0];
  const key = professionLineKey(person.professionCode, person.generalPractice);
  const others = [...new Set(activities.map((a) => a.unitCode))].filter((code) => code !== shown?.unitCode);
  return {
    idNatPs: person.idNatPs,
    civility: person.civility,
    lastName: person.lastName,
    firstName: person.firstName,
    professionKey: key,
    professionLabel: professionLineLabel(key, person.professionLabel),
    specialtyLabel: shown?.specialtyLabel ?? null,
    structureName: shown?.structureName ?? null,
    address: shown?.address ?? null,
    postalCode: shown?.postalCode ?? null,
    commune: shown ? (shown.townLabel ?? unitName(options.index, shown.unitCode)) : null,
    unitCode: shown?.unitCode ?? null,
    phone: shown?.phone ?? null,
    email: shown?.email ?? null,
    otherCommunes: others.map((code) => unitName(options.index, code)),
    invitation: invitationRef(options.invitation),
  };
}

async function rowsFor(ctx: EngagementContext, cpts: EngagementCpts, people: NonMemberRow[], unitFilter: string | undefined) {
  const ids = people.map((p) => p.idNatPs);
  const [activities, invitations] = await Promise.all([
    ctx.ports.nonMembers.activities(ids, cpts.unitCodes),
    ctx.ports.invitations.latestFor(cpts.record.id, ids),
  ]);
  const byPerson = new Map<string, TerritoryActivityRow[]>();
  for (const activity of activities) {
    const list = byPerson.get(activity.idNatPs);
    if (list) list.push(activity);
    else byPerson.set(activity.idNatPs, [activity]);
  }
  return people.map((person) =>
    toDto({
      person,
      activities: byPerson.get(person.idNatPs) ?? [],
      unitFilter,
      invitation: invitations.get(person.idNatPs),
      index: ctx.index,
    }),
  );
}

/** A page of the professionals to invite (coordination team only), with the profession filter's choices. */
export async function nonMembersPage(
  ctx: EngagementContext,
  id: string,
  query: NonMembersQueryInput & { offset: number; limit: number },
): Promise<NonMembersPageDto> {
  const cpts = await loadEngagementLists(ctx.ports, ctx.principal, id);
  const filter = toFilter(cpts, query);
  const repo = ctx.ports.nonMembers;
  const [total, people, lines] = await Promise.all([
    repo.count(cpts.record.id, cpts.unitCodes, filter),
    repo.list(cpts.record.id, cpts.unitCodes, { filter, page: { offset: query.offset, limit: query.limit } }),
    ctx.ports.engagement.byProfession(cpts.record.id, cpts.unitCodes),
  ]);
  await ctx.ports.audit.record({
    action: 'read',
    entity: 'professional',
    recordIds: people.map((p) => p.idNatPs),
    cptsId: cpts.record.id,
  });
  return {
    total,
    offset: query.offset,
    limit: query.limit,
    items: await rowsFor(ctx, cpts, people, filter.unitCode),
    professions: lines.map((l) => ({ key: l.key, label: professionLineLabel(l.key, l.registryLabel) })).sort(compareProfessionLines),
  };
}

/** Every professional to invite matching the filters, for the CSV and XLSX exports. */
export async function nonMembersForExport(
  ctx: EngagementContext,
  id: string,
  query: NonMembersQueryInput & { format: 'csv' | 'xlsx' },
): Promise<{ cptsName: string; rows: NonMemberDto[] }> {
  const cpts = await loadEngagementLists(ctx.ports, ctx.principal, id);
  const filter = toFilter(cpts, query);
  const people = await ctx.ports.nonMembers.list(cpts.record.id, cpts.unitCodes, { filter });
  await ctx.ports.audit.record({
    action: 'export',
    entity: 'professional',
    recordIds: people.map((p) => p.idNatPs),
    cptsId: cpts.record.id,
    details: { format: query.format, rows: people.length },
  });
  return { cptsName: cpts.record.name, rows: await rowsFor(ctx, cpts, people, filter.unitCode) };
}
