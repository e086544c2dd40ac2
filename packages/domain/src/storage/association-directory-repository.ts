/** The storage contract of association directory: its records and the repository packages/db implements; use cases declare the slice of it they need as their ports. */

/** A professional of the national directory, as the association screens need them. */

export interface DirectoryProfessional {
  idNatPs: string;
  firstName: string;
  lastName: string;
  professionLabel: string;
  /** First practice unit inside the CPTS territory, else any practice unit. */
  unitCode: string | null;
  townLabel: string | null;
  inTerritory: boolean;
}

export interface AssociationDirectoryRepository {
  professional(idNatPs: string, territory: readonly string[]): Promise<DirectoryProfessional | null>;
  /** Present professionals whose name or identifier matches, those practising in the territory first. */
  search(q: string, territory: readonly string[], limit: number): Promise<DirectoryProfessional[]>;
  /** Present professionals practising in the territory (demo seeding), by name. */
  inTerritory(territory: readonly string[], limit: number): Promise<DirectoryProfessional[]>;
}
