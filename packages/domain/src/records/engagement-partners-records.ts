/** Records the engagement partners repository exchanges with the use cases (ports in apps/api/src/use-cases). */

export interface TerritoryEstablishmentRow {
  finessSite: string;
  name: string;
  kind: string;
  categoryLabel: string | null;
  address: string | null;
  postalCode: string | null;
  unitCode: string;
}
