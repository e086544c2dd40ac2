/** Records the engagement repository exchanges with the use cases (ports in apps/api/src/use-cases). */

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
