import type { UnitSummary } from '../storage/geography-repository.ts';
import { COMMUNES_SPLIT_IN_ARRONDISSEMENTS } from '../territory/unit.ts';

export type Resolution = { unitCode: string; via: 'code' | 'formerCode' | 'postalCode' } | { unitCode: null; reason: string };

/** Upper case without accents, « ST »/« STE » spelt out, no « CEDEX » tail: how town names are compared. */
export function foldTownName(s: string): string {
  return s
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toUpperCase()
    .replace(/\bCEDEX\b.*$/, '')
    .replace(/\b(ST|STE)\b/g, (m) => (m === 'ST' ? 'SAINT' : 'SAINTE'))
    .replace(/[^A-Z]+/g, ' ')
    .trim();
}

/**
 * Resolves an address to a territorial unit (docs/reference/directory.md §2): the INSEE code
 * when given (current code, former code through the COG's `formerCodes`, or a split commune
 * resolved to its arrondissement by postal code), otherwise postal code + town name (the code
 * is often empty in the national extractions).
 */
export function createUnitResolver(
  units: readonly Pick<UnitSummary, 'code' | 'name' | 'postalCodes'>[],
  formerCodes: ReadonlyMap<string, string>,
) {
  const split = new Set<string>(COMMUNES_SPLIT_IN_ARRONDISSEMENTS);
  const names = new Map(units.map((u) => [u.code, foldTownName(u.name)]));
  const byPostal = new Map<string, string[]>();
  for (const unit of units) for (const postal of unit.postalCodes) byPostal.set(postal, [...(byPostal.get(postal) ?? []), unit.code]);
  const nameOf = (code: string) => names.get(code) ?? '';

  function byPostalAndName(postalCode: string | null, town: string | null): Resolution {
    const candidates = postalCode ? (byPostal.get(postalCode) ?? []) : [];
    if (candidates.length === 1) return { unitCode: candidates[0] as string, via: 'postalCode' };
    if (candidates.length === 0)
      return { unitCode: null, reason: postalCode ? `code postal ${postalCode} inconnu` : 'ni code commune ni code postal' };
    const wanted = foldTownName(town ?? '');
    const match =
      candidates.find((c) => nameOf(c) === wanted) ??
      candidates.find((c) => wanted.length > 2 && (nameOf(c).startsWith(wanted) || wanted.startsWith(nameOf(c))));
    return match
      ? { unitCode: match, via: 'postalCode' }
      : { unitCode: null, reason: `commune « ${town ?? ''} » introuvable pour le code postal ${postalCode}` };
  }

  return function resolve(code: string | null, postalCode: string | null, town: string | null): Resolution {
    if (code) {
      if (names.has(code)) return { unitCode: code, via: 'code' };
      if (split.has(code)) return byPostalAndName(postalCode, town);
      const current = formerCodes.get(code);
      if (current && names.has(current)) return { unitCode: current, via: 'formerCode' };
    }
    return byPostalAndName(postalCode, town);
  };
}
