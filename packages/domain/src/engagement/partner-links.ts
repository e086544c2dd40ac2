import type { MemberStatus } from '../association/membership.ts';

/** A structure member as the partner view needs it. */
export interface StructureMemberRef {
  structureType: string | null;
  finessSite: string | null;
  unitCode: string | null;
  displayName: string;
  status: MemberStatus;
}

/** When a partner matches several member rows (history), the strongest link shows. */
const STRENGTH: Record<MemberStatus, number> = { active: 3, requested: 2, left: 1, refused: 0 };

export function strongestStatus(statuses: readonly MemberStatus[]): MemberStatus | null {
  let best: MemberStatus | null = null;
  for (const status of statuses) if (best === null || STRENGTH[status] > STRENGTH[best]) best = status;
  return best;
}

const fold = (text: string) =>
  text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();

export type Partner =
  | { kind: 'establishment'; finessSite: string }
  | { kind: 'commune'; unitCode: string }
  | { kind: 'epci'; name: string; unitCodes: ReadonlySet<string> };

function isMemberFor(partner: Partner, m: StructureMemberRef): boolean {
  switch (partner.kind) {
    case 'establishment':
      return m.finessSite === partner.finessSite;
    case 'commune':
      return m.structureType === 'commune' && m.unitCode === partner.unitCode;
    case 'epci':
      return (
        m.structureType === 'epci' &&
        ((m.unitCode !== null && partner.unitCodes.has(m.unitCode)) || fold(m.displayName) === fold(partner.name))
      );
  }
}

/**
 * Membership of a partner of the territory (issue #3 point 5, "partners listed with their
 * link"): an establishment by its FINESS site, a commune by its unit, an EPCI by a member of
 * type EPCI located in one of its communes or bearing its name.
 */
export function partnerMembership(partner: Partner, members: readonly StructureMemberRef[]): MemberStatus | null {
  return strongestStatus(members.filter((m) => isMemberFor(partner, m)).map((m) => m.status));
}

/** Structure types listed as associations among the partners. */
export const ASSOCIATION_STRUCTURE_TYPES: readonly string[] = ['patientAssociation', 'prevention'];
