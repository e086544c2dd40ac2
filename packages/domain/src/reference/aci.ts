/**
 * ACI CPTS reference data that the rules read. Versioned (domain.md: amounts, thresholds and
 * deadlines are reference data with an ACI version and effective date, never bare constants).
 */
export const MISSIONS = ['accessToCare', 'healthCrisis', 'pathways', 'prevention'] as const;
export type CoreMission = (typeof MISSIONS)[number];

export interface MissionDeadline {
  mission: CoreMission;
  label: string;
  /** Months after the contract signature within which the mission must start. */
  startWithinMonths: number;
  /** Months after the signature within which it must be fully deployed. */
  deployedWithinMonths: number;
}

export interface AciVersion {
  id: string;
  label: string;
  effectiveFrom: string;
  deadlines: readonly MissionDeadline[];
}

/**
 * ACI 2019 as amended by avenant 2 (signed 20 Dec 2021), which added the crisis mission.
 * Deadlines counted from the contract signature date [C] (domain.md §2, HDF PAPS page).
 */
export const ACI_2019_AVENANT_2: AciVersion = {
  id: 'aci-2019-av2',
  label: 'ACI CPTS 2019, avenant 2',
  effectiveFrom: '2022-01-01',
  deadlines: [
    { mission: 'accessToCare', label: 'Accès aux soins', startWithinMonths: 6, deployedWithinMonths: 18 },
    { mission: 'healthCrisis', label: 'Crises sanitaires graves', startWithinMonths: 6, deployedWithinMonths: 18 },
    { mission: 'pathways', label: 'Parcours pluriprofessionnels', startWithinMonths: 12, deployedWithinMonths: 24 },
    { mission: 'prevention', label: 'Prévention', startWithinMonths: 12, deployedWithinMonths: 24 },
  ],
};
