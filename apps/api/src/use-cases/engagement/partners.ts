import type { PartnerDto, PartnersDto } from '@maillon/contracts';
import {
  ASSOCIATION_STRUCTURE_TYPES,
  establishmentKindLabel,
  type Invitee,
  inviteeKey,
  MEMBER_STATUS_LABELS,
  type MemberStatus,
  partnerMembership,
  STRUCTURE_TYPE_LABELS,
  type StructureMemberRef,
  type StructureType,
} from '@maillon/domain';
import { frenchNumber } from '../diagnostic/french-format.ts';
import { type EngagementContext, loadEngagementLists, unitName } from './load-engagement-cpts.ts';
import { invitationRef } from './non-members.ts';

const link = (status: MemberStatus | null) => (status ? { status, label: MEMBER_STATUS_LABELS[status] } : null);
const byName = (a: { name: string }, b: { name: string }) => a.name.localeCompare(b.name, 'fr');

/**
 * Partners of the territory with their link to the CPTS (issue #3 point 5): FINESS
 * establishments, communes and EPCI (member or not, invited or not), and the associations that
 * are members (patients' associations, prevention actors). Coordination team only.
 */
export async function territoryPartners(ctx: EngagementContext, id: string): Promise<PartnersDto> {
  const { record, unitCodes } = await loadEngagementLists(ctx.ports, ctx.principal, id);
  const unitsOf = (code: string) => ctx.index.units[ctx.index.indexByCode.get(code) ?? -1];
  const epciUnits = new Map<string, Set<string>>();
  for (const code of unitCodes) {
    const epci = unitsOf(code)?.epciCode;
    if (epci) epciUnits.set(epci, (epciUnits.get(epci) ?? new Set()).add(code));
  }
  const partnersRepo = ctx.ports.partners;
  const [establishments, epciNames, structures] = await Promise.all([
    partnersRepo.establishments(unitCodes),
    partnersRepo.epciNames([...epciUnits.keys()]),
    ctx.ports.engagement.structureMembers(record.id),
  ]);
  const members: StructureMemberRef[] = structures.map((s) => ({ ...s, status: s.status as MemberStatus }));
  const invitees: Invitee[] = [
    ...establishments.map((e) => ({ kind: 'establishment' as const, id: e.finessSite })),
    ...unitCodes.map((code) => ({ kind: 'commune' as const, id: code })),
    ...[...epciUnits.keys()].map((code) => ({ kind: 'epci' as const, id: code })),
  ];
  const invitations = await ctx.ports.invitations.latestFor(record.id, invitees.map(inviteeKey));
  const invitationOf = (invitee: Invitee) => invitationRef(invitations.get(inviteeKey(invitee)));

  const establishmentPartners: PartnerDto[] = establishments.map((e) => ({
    kind: 'establishment',
    id: e.finessSite,
    name: e.name,
    detail: e.categoryLabel ?? establishmentKindLabel(e.kind),
    commune: unitName(ctx.index, e.unitCode),
    membership: link(partnerMembership({ kind: 'establishment', finessSite: e.finessSite }, members)),
    invitation: invitationOf({ kind: 'establishment', id: e.finessSite }),
  }));
  const communes: PartnerDto[] = unitCodes.map((code) => ({
    kind: 'commune',
    id: code,
    name: unitName(ctx.index, code),
    detail: `${frenchNumber(unitsOf(code)?.population ?? 0)} habitants`,
    commune: null,
    membership: link(partnerMembership({ kind: 'commune', unitCode: code }, members)),
    invitation: invitationOf({ kind: 'commune', id: code }),
  }));
  const epcis: PartnerDto[] = [...epciUnits].map(([code, codes]) => {
    const name = epciNames.get(code) ?? `EPCI ${code}`;
    return {
      kind: 'epci',
      id: code,
      name,
      detail: `${frenchNumber(codes.size)} commune${codes.size > 1 ? 's' : ''} du territoire`,
      commune: null,
      membership: link(partnerMembership({ kind: 'epci', name, unitCodes: codes }, members)),
      invitation: invitationOf({ kind: 'epci', id: code }),
    };
  });
  const associations = structures
    .filter((s) => s.structureType !== null && ASSOCIATION_STRUCTURE_TYPES.includes(s.structureType))
    .map((s) => ({
      memberId: s.id,
      name: s.displayName,
      structureTypeLabel: STRUCTURE_TYPE_LABELS[s.structureType as StructureType] ?? s.structureType ?? '',
      membership: { status: s.status as MemberStatus, label: MEMBER_STATUS_LABELS[s.status as MemberStatus] ?? s.status },
      joinedOn: s.joinedOn,
    }));
  return {
    establishments: establishmentPartners,
    communes: communes.sort(byName),
    epcis: epcis.sort(byName),
    associations: associations.sort(byName),
  };
}
