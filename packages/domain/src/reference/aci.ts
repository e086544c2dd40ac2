import { MISSION_LABELS } from '../aci/labels.ts';
import { ACI_2019_AVENANT_2_VERSION } from '../aci/seed-avenant-2.ts';

/**
 * The earlier, flat view of the ACI: the four socle missions and their deadlines, kept for the
 * callers that read it (milestone routes, CPTS detail). Derived from the versioned reference in
 * `../aci/` (seed of avenant 2), which new code should read instead (`ACI_REFERENCE_SEED`).
 */
export const MISSIONS = ['accessToCare', 'healthCrisis', 'pathways', 'prevention'] as const;
export type CoreMission = (typeof MISSIONS)[number];

export function isCoreMission(mission: string): mission is CoreMission {
  return (MISSIONS as readonly string[]).includes(mission);
}

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

function deadlineOf(mission: CoreMission): MissionDeadline {
  const terms = ACI_2019_AVENANT_2_VERSION.missions.find((candidate) => candidate.mission === mission);
  if (!terms?.startWithinMonths || !terms.deployedWithinMonths) throw new Error(`Avenant 2 seed lacks the deadlines of ${mission}`);
  return {
    mission,
    label: MISSION_LABELS[mission],
    startWithinMonths: terms.startWithinMonths.value,
    deployedWithinMonths: terms.deployedWithinMonths.value,
  };
}

/**
 * ACI 2019 as amended by avenant 2 (signed 20 Dec 2021), which added the crisis mission.
 * Deadlines counted from the contract signature date [C] (docs/reference/aci.md §2, HDF PAPS page).
 */
export const ACI_2019_AVENANT_2: AciVersion = {
  id: ACI_2019_AVENANT_2_VERSION.id,
  label: ACI_2019_AVENANT_2_VERSION.label,
  effectiveFrom: ACI_2019_AVENANT_2_VERSION.effectiveFrom.value,
  deadlines: MISSIONS.map(deadlineOf),
};
