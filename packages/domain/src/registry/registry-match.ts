import { normaliseIdentifier } from '../validation/identifiers.ts';
import type { RegistryEntry } from './registry-entry.ts';

/** A CPTS of the region as matching needs it. */
export interface RegistryCandidate {
  id: string;
  name: string;
  siret: string | null;
  finess: string | null;
}

export type RegistryMatch =
  | { kind: 'new' }
  | { kind: 'existing'; cpts: RegistryCandidate; by: 'siret' | 'finess' | 'name' }
  | { kind: 'conflict'; column: 'siret' | 'finess'; message: string };

/** Names compared as people read them: spaces collapsed, case ignored (accents kept: « Sète » is not « Sete »). */
export function sameCptsName(a: string, b: string): boolean {
  const norm = (s: string) => s.replace(/\s+/g, ' ').trim().toLocaleLowerCase('fr');
  return norm(a) === norm(b);
}

/**
 * Which CPTS of the region a line describes (docs/reference/registry-import.md §3): by SIRET,
 * else by FINESS, else by exact name. A name that matches a CPTS holding another SIRET (or
 * FINESS) is a conflict, never a silent overwrite of the identifier.
 */
export function matchRegistryEntry(
  entry: Pick<RegistryEntry, 'name' | 'siret' | 'finess'>,
  candidates: readonly RegistryCandidate[],
): RegistryMatch {
  const siret = entry.siret ? normaliseIdentifier(entry.siret) : null;
  const finess = entry.finess ? normaliseIdentifier(entry.finess) : null;
  const bySiret = siret ? candidates.find((c) => c.siret === siret) : undefined;
  if (bySiret) return { kind: 'existing', cpts: bySiret, by: 'siret' };
  const byFiness = finess ? candidates.find((c) => c.finess === finess) : undefined;
  if (byFiness) {
    if (siret && byFiness.siret) {
      return {
        kind: 'conflict',
        column: 'siret',
        message: `Ce FINESS est celui de « ${byFiness.name} », enregistrée avec un autre SIRET.`,
      };
    }
    return { kind: 'existing', cpts: byFiness, by: 'finess' };
  }
  const byName = candidates.find((c) => sameCptsName(c.name, entry.name));
  if (!byName) return { kind: 'new' };
  if (siret && byName.siret) {
    return { kind: 'conflict', column: 'siret', message: `« ${byName.name} » est enregistrée avec un autre SIRET (${byName.siret}).` };
  }
  if (finess && byName.finess) {
    return { kind: 'conflict', column: 'finess', message: `« ${byName.name} » est enregistrée avec un autre FINESS (${byName.finess}).` };
  }
  return { kind: 'existing', cpts: byName, by: 'name' };
}

/** The keys under which a line claims a CPTS, to refuse a second line describing the same one. */
export function entryKeys(entry: Pick<RegistryEntry, 'name' | 'siret' | 'finess'>, matchedId: string | null): string[] {
  return [
    ...(matchedId ? [`id:${matchedId}`] : []),
    ...(entry.siret ? [`siret:${normaliseIdentifier(entry.siret)}`] : []),
    ...(entry.finess ? [`finess:${normaliseIdentifier(entry.finess)}`] : []),
    `name:${entry.name.replace(/\s+/g, ' ').trim().toLocaleLowerCase('fr')}`,
  ];
}
