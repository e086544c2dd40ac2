/** A demo name shown as demo once: the demo directory's names already end with « (démo) ». */
export const labelledDemo = (name: string): string => (name.trimEnd().endsWith('(démo)') ? name.trimEnd() : `${name.trimEnd()} (démo)`);
