/** French renderings of diagnostic figures. */

/** "12,3" per 10 000 inhabitants, or "—" when the scope has no population. */
export function formatDensity(value: number | null): string {
  return value === null ? '—' : value.toLocaleString('fr-FR', { minimumFractionDigits: 1, maximumFractionDigits: 1 });
}

/**
 * Gap of the territory's density to a wider scope's: "+15 %", "−20 %", "=" when equal within
 * half a percent, "—" when the wider scope has none to compare with.
 */
export function formatGap(ratio: number | null): string {
  if (ratio === null) return '—';
  const percent = Math.round((ratio - 1) * 100);
  if (percent === 0) return '=';
  const magnitude = Math.abs(percent).toLocaleString('fr-FR');
  return `${percent > 0 ? '+' : '\u2212'}${magnitude}\u00a0%`;
}

/** "70 adhérents sur 200 professionnels (35 %)". */
export function formatRate(rate: number | null): string {
  if (rate === null) return '—';
  return `${(rate * 100).toLocaleString('fr-FR', { maximumFractionDigits: 1 })}\u00a0%`;
}
