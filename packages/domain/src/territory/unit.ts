/**
 * A territorial unit: the smallest brick of a CPTS territory. It is a current commune of the
 * INSEE COG, except Paris, Lyon and Marseille whose units are the arrondissements municipaux.
 */
export interface TerritorialUnit {
  code: string;
  name: string;
  population: number;
  departementCode: string | null;
  regionCode: string | null;
  epciCode: string | null;
}

/** Communes replaced by their arrondissements municipaux as territorial units. */
export const COMMUNES_SPLIT_IN_ARRONDISSEMENTS = ['75056', '69123', '13055'] as const;

/** INSEE commune code: 5 characters, digits or 2A/2B for Corsica. */
export const INSEE_CODE_PATTERN = /^(?:\d{5}|2[AB]\d{3})$/;
