/** The storage contract of engagement non members: its records and the repository packages/db implements; use cases declare the slice of it they need as their ports. */

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

/**
 * Professionals practising on the territory who are neither members nor asking to join (issue
 * #3 point 5, "the list of non-member professionals to invite"). Public registry fields only.
 */
export interface NonMembersRepository {
  count(cptsId: string, unitCodes: readonly string[], filter: NonMemberFilter): Promise<number>;
  /** Sorted by name; without `page`, every row (exports). */
  list(
    cptsId: string,
    unitCodes: readonly string[],
    options: { filter: NonMemberFilter; page?: { offset: number; limit: number } | undefined },
  ): Promise<NonMemberRow[]>;
  /** Their present activities on the territory (in `unitCode` only when given). */
  activities(ids: readonly string[], unitCodes: readonly string[]): Promise<TerritoryActivityRow[]>;
  /** Which of `ids` are non-member professionals of the territory (invitation eligibility). */
  eligible(cptsId: string, unitCodes: readonly string[], ids: readonly string[]): Promise<Set<string>>;
}
