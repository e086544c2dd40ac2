import type { UnitSummary } from '../storage/geography-repository.ts';
import { COMMUNES_SPLIT_IN_ARRONDISSEMENTS } from '../territory/unit.ts';

/** Where an address of a directory file lies: a territorial unit and how it was found, or why not. */
export type UnitResolution = { unitCode: string; via: 'code' | 'formerCode' | 'postalCode' } | { unitCode: null; reason: string };

/** A town name as files and the COG may both spell it: no accents, no CEDEX, ST → SAINT. */
export const foldTownName = (s: string) =>
  s
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toUpperCase()
    .replace(/\bCEDEX\b.*$/, '')
    .replace(/\b(ST|STE)\b/g, (m) => (m === 'ST' ? 'SAINT' : 'SAINTE'))
    .replace(/[^A-Z]+/g, ' ')
    .trim();

/**
 * Resolves an address to a territorial unit: the INSEE code when given (current code, former
 * code through the COG, or a split commune resolved to its arrondissement by postal code),
 * otherwise postal code + town name (docs/reference/directory.md §2: the code is often empty).
 */
export function createUnitResolver(units: readonly UnitSummary[], formerCodes: ReadonlyMap<string, string>) {
  const split = new Set<string>(COMMUNES_SPLIT_IN_ARRONDISSEMENTS);
  const names = new Map(units.map((u) => [u.code, foldTownName(u.name)]));
  const byPostal = new Map<string, string[]>();
  for (const unit of units) for (const postal of unit.postalCodes) byPostal.set(postal, [...(byPostal.get(postal) ?? []), unit.code]);
  const nameOf = (code: string) => names.get(code) ?? '';
  // A national file spells the same few tens of thousands of town names a million times, and
  // folding one (Unicode normalisation and four regular expressions) costs more than the rest
  // of the line's resolution: each spelling is folded once, up to a bound on distinct spellings.
  const folded = new Map<string, string>();
  const fold = (town: string) => {
    let name = folded.get(town);
    if (name === undefined) {
      name = foldTownName(town);
      // Kept under a copy: the name read is a slice of the file's chunk, which it would keep alive.
      if (folded.size < 200_000) folded.set(town.split('').join(''), name);
    }
    return name;
  };

  // The answers found through a code or through a postal code of one commune, built once (a
  // national file asks for the same few tens of thousands a million times): never changed by callers.
  const viaCode = new Map<string, UnitResolution>(units.map((u) => [u.code, { unitCode: u.code, via: 'code' }]));
  const viaPostal = new Map<string, UnitResolution>();
  for (const [postal, codes] of byPostal)
    if (codes.length === 1) viaPostal.set(postal, { unitCode: codes[0] as string, via: 'postalCode' });

  function byPostalAndName(postalCode: string | null, town: string | null): UnitResolution {
    const only = postalCode ? viaPostal.get(postalCode) : undefined;
    if (only) return only;
    const candidates = postalCode ? (byPostal.get(postalCode) ?? []) : [];
    if (candidates.length === 1) return { unitCode: candidates[0] as string, via: 'postalCode' };
    if (candidates.length === 0)
      return { unitCode: null, reason: postalCode ? `code postal ${postalCode} inconnu` : 'ni code commune ni code postal' };
    const wanted = fold(town ?? '');
    const match =
      candidates.find((c) => nameOf(c) === wanted) ??
      candidates.find((c) => wanted.length > 2 && (nameOf(c).startsWith(wanted) || wanted.startsWith(nameOf(c))));
    return match
      ? { unitCode: match, via: 'postalCode' }
      : { unitCode: null, reason: `commune « ${town ?? ''} » introuvable pour le code postal ${postalCode}` };
  }

  return function resolve(code: string | null, postalCode: string | null, town: string | null): UnitResolution {
    if (code) {
      const known = viaCode.get(code);
      if (known) return known;
      if (split.has(code)) return byPostalAndName(postalCode, town);
      const current = formerCodes.get(code);
      if (current && names.has(current)) return { unitCode: current, via: 'formerCode' };
    }
    return byPostalAndName(postalCode, town);
  };
}
