import { formatDate } from '../format/index.ts';
import { addMonths } from '../lifecycle/dates.ts';
import type { AciReference } from './aci-version.ts';
import type { AciContract, ContractMission } from './contract.ts';
import { requireSignedOn } from './contract-validation.ts';
import { anniversary, CONTRACT_YEARS } from './contract-years.ts';
import { DEFAULT_NEAR_DAYS, type DeadlineStatus, deadlineStatus } from './deadline-status.ts';
import { MISSION_LABELS } from './labels.ts';
import { type AciMission, type MissionKind, missionOrder } from './missions.ts';
import { missionIntroduction } from './version-at.ts';

/** `notSet`: an optional mission whose contract writes no deadline. */
export type ContractDeadlineStatus = DeadlineStatus | 'notSet';

export interface ContractMissionDeadline {
  mission: AciMission;
  label: string;
  kind: MissionKind;
  /** The day the mission's deadlines are counted from. */
  clockStartsOn: string;
  /** `signature`, or `versionEffective` for a mission an avenant added after the signature. */
  clockBasis: 'signature' | 'versionEffective';
  versionId: string;
  startBy: string | null;
  deployedBy: string | null;
  startStatus: ContractDeadlineStatus;
  deployStatus: ContractDeadlineStatus;
  /** Why the deadlines fall where they do, in French. */
  explanation: string;
}

export interface MissionDeadlineOptions {
  signedOn: string;
  reference: AciReference;
  today: string;
  /** The contract's missions: milestones of socle ones, and the optional ones it chose. */
  missions: readonly ContractMission[];
  /** The first day without contract (termination or end of year 5); missions added later do not apply. */
  endsBefore?: string | null;
  nearDays?: number;
}

function status(deadline: string | null, doneOn: string | null | undefined, today: string, nearDays: number): ContractDeadlineStatus {
  if (deadline === null) return doneOn ? 'done' : 'notSet';
  return deadlineStatus(deadline, doneOn, today, nearDays);
}

/**
 * Mission deadlines of a contract signed on `signedOn`: every socle mission of the versions in
 * force during the contract, and the optional missions it chose, in the ACI's order.
 *
 * Socle deadlines (months) are the ACI's, counted from the contract's signature (docs/reference/aci.md §2,
 * HDF PAPS page [C]); optional ones are written in each contract. The crisis mission rule
 * (Maillon's, docs/reference/aci.md §2: no text says how avenant 2 reaches contracts in force,
 * [U]): a mission that a later version adds — avenant 2 (signed 20 Dec 2021, ameli.fr [C]) made
 * « crises sanitaires graves » the fourth socle mission — applies from that version's
 * effective date to every contract then in force, signed before it too, and its deadlines count
 * from that date; a contract signed after it counts from its own signature.
 */
export function missionDeadlines(options: MissionDeadlineOptions): ContractMissionDeadline[] {
  const { signedOn, reference, today } = options;
  const nearDays = options.nearDays ?? DEFAULT_NEAR_DAYS;
  const chosen = new Map(options.missions.map((entry) => [entry.mission, entry]));
  const candidates = new Set<AciMission>(options.missions.map((entry) => entry.mission));
  for (const version of reference) for (const terms of version.missions) if (terms.kind === 'core') candidates.add(terms.mission);
  const views: ContractMissionDeadline[] = [];
  for (const mission of [...candidates].sort((a, b) => missionOrder(a) - missionOrder(b))) {
    const introduction = missionIntroduction(reference, mission, signedOn);
    if (!introduction || (options.endsBefore && introduction.appliesFrom >= options.endsBefore)) continue;
    const terms = introduction.version.missions.find((candidate) => candidate.mission === mission);
    if (!terms || (terms.kind === 'optional' && !chosen.has(mission))) continue;
    const entry = chosen.get(mission);
    const clockStartsOn = introduction.appliesFrom;
    const clockBasis = clockStartsOn === signedOn ? 'signature' : 'versionEffective';
    const startMonths = terms.kind === 'core' ? (terms.startWithinMonths?.value ?? null) : (entry?.startWithinMonths ?? null);
    const deployedMonths = terms.kind === 'core' ? (terms.deployedWithinMonths?.value ?? null) : (entry?.deployedWithinMonths ?? null);
    const startBy = startMonths === null ? null : addMonths(clockStartsOn, startMonths);
    const deployedBy = deployedMonths === null ? null : addMonths(clockStartsOn, deployedMonths);
    const counted =
      clockBasis === 'signature'
        ? `Délais comptés à partir de la signature du contrat, le ${formatDate(signedOn)}.`
        : `Mission ajoutée par « ${introduction.version.label} » après la signature : délais comptés à partir de sa date d'effet, le ${formatDate(clockStartsOn)}.`;
    views.push({
      mission,
      label: MISSION_LABELS[mission],
      kind: terms.kind,
      clockStartsOn,
      clockBasis,
      versionId: introduction.version.id,
      startBy,
      deployedBy,
      startStatus: status(startBy, entry?.startedOn, today, nearDays),
      deployStatus: status(deployedBy, entry?.deployedOn, today, nearDays),
      explanation: startBy === null && deployedBy === null ? `${counted} Délais fixés par le contrat : non renseignés.` : counted,
    });
  }
  return views;
}

/** Mission deadlines of a signed contract (its missions, its end or termination). */
export function contractMissionDeadlines(
  contract: AciContract,
  options: { reference: AciReference; today: string; nearDays?: number },
): ContractMissionDeadline[] {
  const signedOn = requireSignedOn(contract);
  return missionDeadlines({
    ...options,
    signedOn,
    missions: contract.missions,
    endsBefore: contract.termination?.effectiveOn ?? anniversary(signedOn, CONTRACT_YEARS),
  });
}
