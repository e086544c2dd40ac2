/** The storage contract of engagement partners: its records and the repository packages/db implements; use cases declare the slice of it they need as their ports. */

export interface TerritoryEstablishmentRow {
  finessSite: string;
  name: string;
  kind: string;
  categoryLabel: string | null;
  address: string | null;
  postalCode: string | null;
  unitCode: string;
}

/** Public partners of a territory: FINESS establishments and EPCI names (issue #3 point 5, "partners"). */
export interface PartnersRepository {
  establishments(unitCodes: readonly string[]): Promise<TerritoryEstablishmentRow[]>;
  epciNames(codes: readonly string[]): Promise<Map<string, string>>;
}
