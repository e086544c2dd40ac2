import { DISTANCE_TIER_LABELS, type DistanceTier } from './distance.ts';
import type { BlockReason, UnmatchedRequest } from './matching-result.ts';

const km = (value: number) => `${value.toFixed(1).replace('.', ',')} km`;
const gps = (count: number) => `${count} médecin${count > 1 ? 's' : ''}`;

/** "cabinet à 4,2 km (même EPCI)" or, in tiers, "cabinet dans la même commune". */
export function distancePhrase(distanceKm: number | null, tier: DistanceTier): string {
  if (distanceKm !== null) return `cabinet à ${km(distanceKm)} (${DISTANCE_TIER_LABELS[tier]})`;
  return tier === 'beyond' ? 'cabinet hors du département' : `cabinet dans la ${DISTANCE_TIER_LABELS[tier]}`;
}

export function proposalExplanation(input: {
  groupLabel: string;
  distanceKm: number | null;
  tier: DistanceTier;
  remainingNow: number;
  remainingThisMonth: number;
}): string {
  return (
    `Groupe « ${input.groupLabel} » ; ${distancePhrase(input.distanceKm, input.tier)} ; ` +
    `places restantes pour ce médecin après ce calcul : ${input.remainingNow} maintenant, ${input.remainingThisMonth} ce mois-ci`
  );
}

type Counts = Pick<UnmatchedRequest, 'gpsInReach' | 'gpsAcceptingAge' | 'gpsCompatible' | 'gpsWithoutPlaces' | 'nearestGp'>;

export function blockExplanation(reason: BlockReason, counts: Counts & { ageYears: number }): string {
  switch (reason) {
    case 'outOfReach': {
      const nearest = counts.nearestGp;
      if (!nearest) return 'Aucun médecin à portée : aucun médecin n’a déclaré de capacité.';
      const where =
        nearest.distanceKm !== null ? `à ${km(nearest.distanceKm)}` : `dans le périmètre « ${DISTANCE_TIER_LABELS[nearest.tier]} »`;
      return `Aucun médecin à portée : aucun ne dessert cette commune (communes ou distance déclarées) ; le cabinet le plus proche est ${where}.`;
    }
    case 'ageNotAccepted':
      return counts.gpsInReach === 1
        ? `Âge non accepté : le médecin qui dessert cette commune ne prend pas de patient de ${counts.ageYears} ans.`
        : `Âge non accepté : les ${gps(counts.gpsInReach)} qui desservent cette commune ne prennent pas de patient de ${counts.ageYears} ans.`;
    case 'homeVisitsUnavailable':
      return counts.gpsAcceptingAge === 1
        ? 'Visites à domicile non assurées : le médecin à portée qui accepte cet âge ne se déplace pas à domicile.'
        : `Visites à domicile non assurées : aucun des ${gps(counts.gpsAcceptingAge)} à portée qui acceptent cet âge ne se déplace à domicile.`;
    case 'capacityExhausted': {
      const one = counts.gpsCompatible === 1;
      if (counts.gpsWithoutPlaces === counts.gpsCompatible) {
        return one
          ? 'Capacité épuisée : le médecin à portée qui accepte cette demande n’a pas de place déclarée pour ce calcul.'
          : `Capacité épuisée : aucun des ${gps(counts.gpsCompatible)} à portée qui acceptent cette demande n’a de place déclarée pour ce calcul.`;
      }
      const who = one
        ? 'le médecin à portée qui accepte cette demande est complet'
        : `les ${gps(counts.gpsCompatible)} à portée qui acceptent cette demande sont complets`;
      return `Capacité épuisée : ${who}, pris par des demandes au moins aussi prioritaires (à priorité égale, la distance départage).`;
    }
  }
}
