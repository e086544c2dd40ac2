/** The storage contract of engagement: its records and the repository packages/db implements; use cases declare the slice of it they need as their ports. */

export interface ProfessionEngagementRow {
  /** Profession line key (general practice apart). */
  key: string;
  registryLabel: string;
  professionals: number;
  members: number;
}

export interface UnitEngagementRow {
  unitCode: string;
  professionals: number;
  members: number;
}

export interface MemberSpanRow {
  kind: string;
  status: string;
  joinedOn: string | null;
  leftOn: string | null;
  /** A professional member found among the professionals practising on the territory. */
  practisesOnTerritory: boolean;
}

export interface StructureMemberRow {
  id: string;
  displayName: string;
  structureType: string | null;
  finessSite: string | null;
  unitCode: string | null;
  status: string;
  joinedOn: string | null;
}

/**
 * Members versus professionals practising on a territory (issue #3 point 5). Professionals are
 * present people with at least one present activity in the territory's units; members are the
 * CPTS's active members linked to them by their RPPS national id.
 */
export interface EngagementRepository {
  byProfession(cptsId: string, unitCodes: readonly string[]): Promise<ProfessionEngagementRow[]>;
  byUnit(cptsId: string, unitCodes: readonly string[]): Promise<UnitEngagementRow[]>;
  memberSpans(cptsId: string, unitCodes: readonly string[]): Promise<MemberSpanRow[]>;
  structureMembers(cptsId: string): Promise<StructureMemberRow[]>;
}
