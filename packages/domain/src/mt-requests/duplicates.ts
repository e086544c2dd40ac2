import type { MtRequestIdentity } from '../storage/mt-requests-repository.ts';

/**
 * Folds a name for comparison: accents, case, apostrophes, hyphens and spaces do not count
 * ("Élodie-Marie  D'Arc" ≡ "elodie marie darc"), as the directory's header matching does
 * (directory/delimited-line.ts).
 */
export function foldName(name: string): string {
  return name
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/[œŒ]/g, 'oe')
    .replace(/[æÆ]/g, 'ae')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .trim()
    .replace(/ /g, '');
}

/**
 * The key duplicates are found by (issue #9 item 1: same name, birth date and commune, tolerant
 * to accents and case; docs/reference/mt-requests.md §5). First and last names are compared as
 * a set, so that a team entry with the names swapped is still found.
 */
export function duplicateKey(identity: Pick<MtRequestIdentity, 'lastName' | 'firstName' | 'birthDate' | 'unitCode'>): string {
  const names = [foldName(identity.lastName), foldName(identity.firstName)].sort();
  return `${names.join('|')}|${identity.birthDate}|${identity.unitCode}`;
}

/** Groups of at least two records sharing a duplicate key, each group oldest seniority first. */
export function duplicateGroups<T extends { id: string; duplicateKey: string; requestedOn: string }>(records: readonly T[]): T[][] {
  const byKey = new Map<string, T[]>();
  for (const r of records) byKey.set(r.duplicateKey, [...(byKey.get(r.duplicateKey) ?? []), r]);
  return [...byKey.values()]
    .filter((g) => g.length > 1)
    .map((g) => [...g].sort((a, b) => a.requestedOn.localeCompare(b.requestedOn) || a.id.localeCompare(b.id)))
    .sort((a, b) => (a[0] as T).requestedOn.localeCompare((b[0] as T).requestedOn));
}
