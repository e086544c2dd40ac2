/** The storage contract of portal: its records and the repository packages/db implements; use cases declare the slice of it they need as their ports. */

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

/** Read-only queries of the member portal over the assemblies; no business rule here. */
export interface PortalRepository {
  /** Every general assembly of these CPTS, oldest first. */
  assembliesOf(cptsIds: readonly string[]): Promise<PortalAssemblyRow[]>;
  /**
   * Voter-list rows of these members in these assemblies, and the assemblies that have a
   * voter list at all (frozen at convocation).
   */
  voterLists(assemblyIds: readonly string[], memberIds: readonly string[]): Promise<{ entries: PortalVoterRow[]; frozen: string[] }>;
}
