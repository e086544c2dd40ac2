import { DEFAULT_INDICATORS } from '../src/aci/default-indicators.ts';
import type { IndicatorLine } from '../src/aci/indicator.ts';

/**
 * Test fixture only (not exported by the package): two access-mission lines of the signed taille 3
 * contracts (docs/reference/aci.md §5), taken from the lines Maillon proposes, under short test ids.
 */
function defaultLine(id: string, testId: string): IndicatorLine {
  const line = DEFAULT_INDICATORS.find((candidate) => candidate.id === id);
  if (!line) throw new Error(`No default indicator line ${id}`);
  return { ...line, id: testId };
}

/** ALD patients without médecin traitant, 219 → ≤ 50, tiered. */
export const ALD_WITHOUT_GP = defaultLine('ald-sans-medecin-traitant', 'ald-sans-mt');
export const CPAM_PARTNERSHIP = defaultLine('partenariat-cpam', 'partenariat-cpam');
