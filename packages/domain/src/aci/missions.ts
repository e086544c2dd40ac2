/**
 * The six CPTS missions of the law (art. L1434-12 CSP) as the ACI funds them (docs/reference/aci.md §1–2):
 * four socle missions (crises only since avenant 2) and two optional ones chosen per contract.
 */
export const ACI_MISSIONS = ['accessToCare', 'pathways', 'prevention', 'healthCrisis', 'quality', 'professionalSupport'] as const;
export type AciMission = (typeof ACI_MISSIONS)[number];

export type MissionKind = 'core' | 'optional';

/** What an amount is for: a mission, the fonctionnement, or the contract as a whole (annual maximum). */
export type AmountItem = AciMission | 'operating' | 'contract';

/**
 * Parts of the ACI money (docs/reference/aci.md §3–4): `operating` (fonctionnement), a mission's `fixed` and
 * `variable` parts, the access mission's `snpCompensation`, the crisis mission's
 * `crisisPreparation` and `crisisActivation`, the CNAM `loiLumpSum` paid at the letter of
 * intent, and the `annualMaximum` of a contract.
 */
export const AMOUNT_PARTS = [
  'operating',
  'fixed',
  'variable',
  'snpCompensation',
  'crisisPreparation',
  'crisisActivation',
  'loiLumpSum',
  'annualMaximum',
] as const;
export type AmountPart = (typeof AMOUNT_PARTS)[number];

export function isAciMission(value: string): value is AciMission {
  return (ACI_MISSIONS as readonly string[]).includes(value);
}

/** Reading order of missions (socle first, as the ACI lists them), for sorting lines. */
export function missionOrder(mission: AciMission): number {
  return ACI_MISSIONS.indexOf(mission);
}
