/** Records the portal repository exchanges with the use cases (ports in apps/api/src/use-cases). */

export interface PortalAssemblyRow {
  id: string;
  cptsId: string;
  kind: string;
  title: string;
  scheduledAt: Date;
  location: string | null;
  status: string;
}

export interface PortalVoterRow {
  assemblyId: string;
  memberId: string;
  attendance: string;
}
