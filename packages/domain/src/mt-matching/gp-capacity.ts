import { invalid } from '../errors.ts';
import { DISTANCE_TIERS, type DistanceTier } from '../matching/distance.ts';
import type { MatchingGp } from '../matching/matching-input.ts';

/**
 * What a GP declares to the coordination team (issue #9 item 3, docs/reference/mt-matching.md §1):
 * new patients they can take now and per month, and the constraints of their practice.
 * Seen by the team of the CPTS only (never by other GPs, the ARS, the CPAM or the public).
 */
export interface GpCapacityDeclaration {
  availableNow: number;
  perMonth: number;
  /** Communes served (INSEE codes); null: by distance or tier. */
  unitCodes: string[] | null;
  maxDistanceKm: number | null;
  maxTier: DistanceTier;
  minAge: number | null;
  maxAge: number | null;
  homeVisits: boolean;
}

/** Bounds that keep a declaration plausible for one practice (a whole list is a few thousand patients). */
export const CAPACITY_LIMITS = { maxPlaces: 500, maxDistanceKm: 200, maxAge: 120, maxCommunes: 200 } as const;

const wholeIn = (value: number, min: number, max: number) => Number.isInteger(value) && value >= min && value <= max;

/** Refuses a declaration out of bounds, naming the field (French messages). */
export function checkGpCapacity(d: GpCapacityDeclaration, territoryUnitCodes: readonly string[]): void {
  const { maxPlaces, maxDistanceKm, maxAge, maxCommunes } = CAPACITY_LIMITS;
  if (!wholeIn(d.availableNow, 0, maxPlaces)) throw invalid('availableNow', `Nombre entier de 0 à ${maxPlaces} attendu.`);
  if (!wholeIn(d.perMonth, 0, maxPlaces)) throw invalid('perMonth', `Nombre entier de 0 à ${maxPlaces} attendu.`);
  if (d.maxDistanceKm !== null && !wholeIn(d.maxDistanceKm, 1, maxDistanceKm))
    throw invalid('maxDistanceKm', `Distance entière de 1 à ${maxDistanceKm} km attendue.`);
  if (!(DISTANCE_TIERS as readonly string[]).includes(d.maxTier)) throw invalid('maxTier', 'Périmètre inconnu.');
  if (d.minAge !== null && !wholeIn(d.minAge, 0, maxAge)) throw invalid('minAge', `Âge entier de 0 à ${maxAge} ans attendu.`);
  if (d.maxAge !== null && !wholeIn(d.maxAge, 0, maxAge)) throw invalid('maxAge', `Âge entier de 0 à ${maxAge} ans attendu.`);
  if (d.minAge !== null && d.maxAge !== null && d.minAge > d.maxAge)
    throw invalid('maxAge', "L'âge maximal doit être supérieur ou égal à l'âge minimal.");
  if (d.unitCodes !== null) {
    if (d.unitCodes.length === 0) throw invalid('unitCodes', 'Indiquez au moins une commune, ou aucune liste.');
    if (d.unitCodes.length > maxCommunes) throw invalid('unitCodes', `Au plus ${maxCommunes} communes.`);
    const territory = new Set(territoryUnitCodes);
    const outside = d.unitCodes.findIndex((code) => !territory.has(code));
    if (outside >= 0) throw invalid(`unitCodes[${outside}]`, "Cette commune n'est pas dans le territoire de la CPTS.");
    if (new Set(d.unitCodes).size !== d.unitCodes.length) throw invalid('unitCodes', 'Une commune est répétée.');
  }
}

/** Places already committed, counted from the proposals (docs/reference/mt-matching.md §1). */
export interface CapacityUse {
  /** Proposals sent or accepted since the declaration was last saved. */
  sinceDeclaration: number;
  /** Proposals sent or accepted in the current calendar month. */
  thisMonth: number;
}

/** The engine's view of a declared capacity: places left now and this month, after what is committed. */
export function matchingGpOf(
  gp: { id: string; practiceUnitCode: string; declaration: GpCapacityDeclaration },
  use: CapacityUse,
): MatchingGp {
  const d = gp.declaration;
  return {
    id: gp.id,
    unitCode: gp.practiceUnitCode,
    availableNow: Math.max(0, d.availableNow - use.sinceDeclaration),
    availableThisMonth: Math.max(0, d.perMonth - use.thisMonth),
    ages: { min: d.minAge, max: d.maxAge },
    homeVisits: d.homeVisits,
    serves: { unitCodes: d.unitCodes, maxDistanceKm: d.maxDistanceKm, maxTier: d.maxTier },
  };
}
