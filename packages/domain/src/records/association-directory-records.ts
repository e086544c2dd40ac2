/** Records the association directory repository exchanges with the use cases (ports in apps/api/src/use-cases). */

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
