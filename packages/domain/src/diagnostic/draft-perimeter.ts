import { invalid } from '../errors.ts';
import { validateUnitCodes } from '../territory/territory-assessment.ts';
import type { TerritoryIndex } from '../territory/territory-index.ts';
import { dominantRegion } from './territorial-diagnostic.ts';

/**
 * A perimeter drawn before any CPTS exists (nothing saved): known units, at least one, compared
 * with the region asked for, else the region holding most of its population. Unknown units are
 * refused on `units[i]`, an unknown region on `regionCode`.
 */
export function draftPerimeter(
  index: TerritoryIndex,
  input: { units: readonly string[]; regionCode?: string | undefined },
  regionCodes: readonly string[],
): { unitCodes: string[]; regionCode: string | null } {
  const unitCodes = validateUnitCodes(index, input.units);
  if (unitCodes.length === 0) throw invalid('units', 'Choisissez au moins une commune pour établir le diagnostic.');
  if (input.regionCode && !regionCodes.includes(input.regionCode))
    throw invalid('regionCode', `Région inconnue : « ${input.regionCode} ».`);
  const units = unitCodes.map((code) => index.units[index.indexByCode.get(code) ?? -1]).filter((u) => u !== undefined);
  return { unitCodes, regionCode: input.regionCode ?? dominantRegion(units) };
}
