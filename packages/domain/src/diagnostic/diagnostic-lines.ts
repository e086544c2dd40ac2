import { ESTABLISHMENT_KIND_LABELS, ESTABLISHMENT_KINDS } from '../directory/finess.ts';

/**
 * Lines of the territorial diagnostic: one per profession (general practice apart) and one per
 * kind of establishment, in a stable reading order.
 */

/** Line key of physicians practising general practice (RPPS savoir-faire SM26, SM53, SM54 merged). */
export const GENERAL_PRACTICE_LINE = 'generalPractice';

/** TRE_G15 profession code of physicians (docs/reference/directory.md §2). */
export const PHYSICIAN_PROFESSION_CODE = '10';

/**
 * Line of one professional within a scope: general practice counts as its own line ("Médecine
 * générale", issue #3 point 6), separate from every other physician specialty.
 */
export function professionLineKey(professionCode: string, practisesGeneralPractice: boolean): string {
  return practisesGeneralPractice ? GENERAL_PRACTICE_LINE : professionCode;
}

/** French label of a profession line, from the label the RPPS publishes for the profession. */
export function professionLineLabel(key: string, registryLabel: string): string {
  if (key === GENERAL_PRACTICE_LINE) return 'Médecine générale';
  if (key === PHYSICIAN_PROFESSION_CODE) return 'Médecin (autres spécialités)';
  return registryLabel;
}

/** General practice first, then professions in TRE_G15 code order (physicians, pharmacists…). */
export function compareProfessionLines(a: { key: string; label: string }, b: { key: string; label: string }): number {
  const rank = (key: string) => (key === GENERAL_PRACTICE_LINE ? -1 : /^\d+$/.test(key) ? Number(key) : Number.MAX_SAFE_INTEGER);
  return rank(a.key) - rank(b.key) || a.label.localeCompare(b.label, 'fr');
}

const KIND_ORDER: readonly string[] = ESTABLISHMENT_KINDS;

/** French label of an establishment kind (the FINESS import's kinds); an unknown kind shows as is. */
export function establishmentKindLabel(kind: string): string {
  return (ESTABLISHMENT_KIND_LABELS as Readonly<Record<string, string>>)[kind] ?? kind;
}

/** Known kinds in the import's order ("other" last among them), then unknown kinds by name. */
export function compareEstablishmentKinds(a: { key: string; label: string }, b: { key: string; label: string }): number {
  const rank = (key: string) => {
    const i = KIND_ORDER.indexOf(key);
    return i === -1 ? KIND_ORDER.length : i;
  };
  return rank(a.key) - rank(b.key) || a.label.localeCompare(b.label, 'fr');
}
