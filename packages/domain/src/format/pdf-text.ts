/**
 * The standard PDF fonts (Helvetica) encode WinAnsi only: characters outside it (the narrow
 * no-break space of French digit groups, some symbols) are replaced by close equivalents so a
 * printed figure never shows a missing glyph.
 */
export function winAnsi(value: string): string {
  return value
    .replace(/[\u202f\u2009\u2007]/g, ' ')
    .replace(/≥/g, '>=')
    .replace(/≤/g, '<=')
    .replace(/[^\n\u0020-\u007e\u00a0-\u00ff€‚ƒ„…†‡ˆ‰Š‹ŒŽ‘’“”•–—˜™š›œžŸ]/g, '?');
}
