import type { StageLevel } from '@maillon/contracts';
import { formatNumber } from '../../lib/format.ts';

/** Text alternative of the coverage map. */
export function mapSummary(
  scopeName: string,
  total: number,
  counts: Record<StageLevel | 'unknown', number>,
  whiteZoneUnits: number,
  overlapUnits: number,
): string {
  return [
    `Carte de couverture en CPTS, ${scopeName} : ${formatNumber(total)} communes.`,
    `${formatNumber(counts[3])} couvertes par une CPTS sous contrat ACI ou en fonctionnement,`,
    `${formatNumber(counts[2])} par une CPTS à lettre d'intention validée,`,
    `${formatNumber(counts[1])} par un projet débutant,`,
    `${formatNumber(counts[0])} sans CPTS.`,
    `${formatNumber(whiteZoneUnits)} communes en zone blanche, ${formatNumber(overlapUnits)} en chevauchement.`,
  ].join(' ');
}
