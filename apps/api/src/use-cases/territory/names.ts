import type { CptsPorts } from '../cpts/cpts-ports.ts';

/** Region names by code (French, from the reference geography). */
export async function regionNames(ports: Pick<CptsPorts, 'geography'>): Promise<Map<string, string>> {
  return new Map((await ports.geography.regions()).map((r) => [r.code, r.name]));
}

/** Display names of these users (null entries skipped); removed accounts are absent. */
export function userNames(ports: Pick<CptsPorts, 'identity'>, ids: readonly (string | null)[]): Promise<Map<string, string>> {
  return ports.identity.displayNames(ids.filter((id): id is string => id !== null));
}
