import type { TerritoryAssessmentDto } from '@maillon/contracts';

/** Remarks per unit code: shared with another CPTS, or outside the region. */
export function flaggedUnits(assessment: TerritoryAssessmentDto): Map<string, string> {
  const flags = new Map<string, string>();
  for (const overlap of assessment.overlaps) {
    for (const code of overlap.unitCodes) {
      const previous = flags.get(code);
      flags.set(code, previous ? `${previous}, ${overlap.cptsName}` : `Partagée avec ${overlap.cptsName}`);
    }
  }
  for (const code of assessment.unitsOutsideRegion) {
    const previous = flags.get(code);
    flags.set(code, previous ? `${previous} ; hors région` : 'Hors région');
  }
  return flags;
}
