import type { MemberEvent, MemberKind, MemberStatus, StructureType } from '../association/membership.ts';

/** Records the association members repository exchanges with the use cases (ports in apps/api/src/use-cases). */

export interface MemberRecord {
  id: string;
  cptsId: string;
  kind: MemberKind;
  idNatPs: string | null;
  finessSite: string | null;
  structureType: StructureType | null;
  displayName: string;
  professionLabel: string | null;
  categoryId: string | null;
  status: MemberStatus;
  requestedAt: Date;
  joinedOn: string | null;
  leftOn: string | null;
  contactEmail: string | null;
  contactPhone: string | null;
  unitCode: string | null;
  isDemo: boolean;
}

export interface MemberEventRecord {
  id: string;
  memberId: string;
  event: MemberEvent;
  occurredAt: Date;
  byUserId: string | null;
  comment: string | null;
}

export interface DuesRow {
  id: string;
  memberId: string;
  year: number;
  amountCents: number;
  paidOn: string | null;
  receiptNumber: string | null;
}

export type MemberChanges = Partial<
  Pick<MemberRecord, 'status' | 'categoryId' | 'joinedOn' | 'leftOn' | 'contactEmail' | 'contactPhone' | 'displayName' | 'professionLabel'>
>;
