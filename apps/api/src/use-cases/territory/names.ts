import type { TerritoryIndex } from '@maillon/domain';
import type { CptsPorts } from '../cpts/cpts-ports.ts';

/** Region names by code (French, from the reference geography). */
export async function regionNames(ports: Pick<CptsPorts, 'geography'>): Promise<Map<string, string>> {
  return new Map((await ports.geography.regions()).map((r) => [r.code, r.name]));
}

/**
 * Names of the départements and EPCI of these units, by code, for a territory's assessment
 * (docs/reference/coverage.md §5).
 */
export async function groupNames(
  ports: Pick<CptsPorts, 'geography'>,
  index: TerritoryIndex,
  unitCodes: readonly string[],
): Promise<Map<string, string>> {
  const epciCodes = new Set<string>();
  for (const code of unitCodes) {
    const epci = index.units[index.indexByCode.get(code) ?? -1]?.epciCode;
    if (epci) epciCodes.add(epci);
  }
  const [departements, epcis] = await Promise.all([ports.geography.departements(), ports.geography.epciNames([...epciCodes])]);
  return new Map([...departements, ...epcis].map((g) => [g.code, g.name]));
}

/** Display names of these users (null entries skipped); removed accounts are absent. */
export function userNames(ports: Pick<CptsPorts, 'identity'>, ids: readonly (string | null)[]): Promise<Map<string, string>> {
  return ports.identity.displayNames(ids.filter((id): id is string => id !== null));
}
