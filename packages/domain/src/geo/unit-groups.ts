import { invalid } from '../errors.ts';

/** A group of units to add at once: an EPCI (its SIREN) or a département. */
export type UnitGroup = { epci: string; departement?: string | undefined } | { epci?: string | undefined; departement: string };

/** The group a request names, or a 422 on `epci` when it names neither. */
export function requireUnitGroup(query: { epci?: string | undefined; departement?: string | undefined }): UnitGroup {
  const { epci, departement } = query;
  if (epci) return { epci, departement };
  if (departement) return { epci, departement };
  throw invalid('epci', 'Indiquez un EPCI ou un département.');
}

/** Contours are served for a region or a département, never for all of France at once (the answer would be tens of megabytes). */
export function requireShapesArea(query: { region?: string | undefined; departement?: string | undefined }): {
  regionCode?: string | undefined;
  departementCode?: string | undefined;
} {
  if (!query.region && !query.departement) throw invalid('region', 'Indiquez une région ou un département.');
  return { regionCode: query.region, departementCode: query.departement };
}
