/** Axis helpers of the membership chart. */

const MONTHS = ['janv.', 'févr.', 'mars', 'avr.', 'mai', 'juin', 'juil.', 'août', 'sept.', 'oct.', 'nov.', 'déc.'];

export function monthLabel(month: string): string {
  const [year, m] = month.split('-');
  return `${MONTHS[Number(m) - 1] ?? m} ${year}`;
}

const NICE_STEPS = [1, 1.5, 2, 2.5, 3, 4, 5, 6, 8, 10];

/** Round axis maximum at or above the value: 1, 1.5, 2, 2.5, 3, 4, 5, 6 or 8 × 10ⁿ (whole numbers). */
export function niceMax(value: number): number {
  if (value <= 1) return 1;
  const power = 10 ** Math.floor(Math.log10(value));
  const nice = (NICE_STEPS.find((step) => step * power >= value) ?? 10) * power;
  return Math.ceil(nice);
}

/** Indexes of the months labelled on the axis: the last one, then every `step` months backwards. */
export function labelledMonths(count: number, maxLabels = 8): Set<number> {
  const step = Math.max(1, Math.ceil(count / maxLabels));
  const indexes = new Set<number>();
  for (let i = count - 1; i >= 0; i -= step) indexes.add(i);
  return indexes;
}
