/** Records the engagement non members repository exchanges with the use cases (ports in apps/api/src/use-cases). */

export interface NonMemberFilter {
  /** Profession line key ("generalPractice" or a TRE_G15 profession code). */
  profession?: string | undefined;
  unitCode?: string | undefined;
  /** Whether the CPTS already recorded an invitation for them. */
  invited?: boolean | undefined;
}

export interface NonMemberRow {
  idNatPs: string;
  civility: string | null;
  lastName: string;
  firstName: string;
  professionCode: string;
  professionLabel: string;
  generalPractice: boolean;
}

/** A present activity on the territory, with the structure's contacts as the RPPS publishes them. */

export interface TerritoryActivityRow {
  idNatPs: string;
  activityKey: string;
  specialtyLabel: string | null;
  structureName: string | null;
  address: string | null;
  postalCode: string | null;
  unitCode: string;
  townLabel: string | null;
  phone: string | null;
  email: string | null;
}
