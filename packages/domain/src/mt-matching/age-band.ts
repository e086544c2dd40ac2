/**
 * Age bands shown to a GP browsing candidates before they accept one: pseudonymised, no birth
 * date (docs/reference/mt-matching.md §2; RGPD art. 25 data minimisation). Ten-year bands
 * except the child and 70+ thresholds the priority rules use.
 */
export const AGE_BANDS = [
  { label: 'moins de 16 ans', min: 0, max: 15 },
  { label: '16 à 29 ans', min: 16, max: 29 },
  { label: '30 à 49 ans', min: 30, max: 49 },
  { label: '50 à 69 ans', min: 50, max: 69 },
  { label: '70 à 79 ans', min: 70, max: 79 },
  { label: '80 ans et plus', min: 80, max: Number.POSITIVE_INFINITY },
] as const;

/** The band of an age in whole years. */
export function ageBand(ageYears: number): string {
  const band = AGE_BANDS.find((b) => ageYears >= b.min && ageYears <= b.max);
  return band ? band.label : (AGE_BANDS[0]?.label ?? '');
}
