import type { MemberEvent, MemberKind, MemberStatus, StructureType } from '../association/membership.ts';

/** The storage contract of association members: its records and the repository packages/db implements; use cases declare the slice of it they need as their ports. */

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

export interface AssociationMembersRepository {
  list(cptsId: string, filter?: { status?: MemberStatus | undefined; categoryId?: string | undefined }): Promise<MemberRecord[]>;
  get(cptsId: string, id: string): Promise<MemberRecord | null>;
  /** Memberships of a professional across CPTS (member portal). */
  byIdNatPs(idNatPs: string): Promise<MemberRecord[]>;
  create(member: MemberRecord): Promise<void>;
  update(id: string, changes: MemberChanges): Promise<void>;
  appendEvent(event: MemberEventRecord): Promise<void>;
  events(memberId: string): Promise<MemberEventRecord[]>;
  duesOf(memberIds: readonly string[], year?: number): Promise<DuesRow[]>;
  /** Receipt numbers already issued by the CPTS for a year (to number the next one). */
  receiptNumbers(cptsId: string, year: number): Promise<string[]>;
  saveDues(row: DuesRow): Promise<void>;
}
