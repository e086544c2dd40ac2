import { DEFAULT_NEAR_DAYS, type DeadlineStatus, deadlineStatus } from '../aci/deadline-status.ts';
import { missionDeadlines } from '../aci/mission-deadlines.ts';
import { ACI_REFERENCE_SEED } from '../aci/seed.ts';
import { type AciVersion, type CoreMission, MISSIONS } from '../reference/aci.ts';
import { addMonths } from './dates.ts';

export { DEFAULT_NEAR_DAYS, type DeadlineStatus };

export interface MissionMilestones {
  startedOn?: string | null;
  deployedOn?: string | null;
}

export interface MissionDeadlineView {
  mission: CoreMission;
  label: string;
  startBy: string;
  deployedBy: string;
  startStatus: DeadlineStatus;
  deployStatus: DeadlineStatus;
}

/** With an explicit flat version: every deadline counted from the signature, as before. */
function fromFlatVersion(
  options: Parameters<typeof aciMissionDeadlines>[0] & { version: AciVersion },
  nearDays: number,
): MissionDeadlineView[] {
  return options.version.deadlines.map((deadline) => {
    const milestone = options.milestones?.[deadline.mission];
    const startBy = addMonths(options.signedOn, deadline.startWithinMonths);
    const deployedBy = addMonths(options.signedOn, deadline.deployedWithinMonths);
    return {
      mission: deadline.mission,
      label: deadline.label,
      startBy,
      deployedBy,
      startStatus: deadlineStatus(startBy, milestone?.startedOn, options.today, nearDays),
      deployStatus: deadlineStatus(deployedBy, milestone?.deployedOn, options.today, nearDays),
    };
  });
}

/**
 * ACI socle-mission deadlines from the contract signature date (docs/reference/aci.md §2): when each
 * mission must start and be deployed, and whether that is done, near or late. Without a
 * `version`, reads the versioned reference (`missionDeadlines`): the crisis mission of a
 * contract signed before avenant 2 counts from avenant 2's effective date. New code should call
 * `contractMissionDeadlines` (optional missions, termination, edited reference).
 */
export function aciMissionDeadlines(options: {
  signedOn: string;
  today: string;
  milestones?: Partial<Record<CoreMission, MissionMilestones>>;
  version?: AciVersion;
  nearDays?: number;
}): MissionDeadlineView[] {
  const nearDays = options.nearDays ?? DEFAULT_NEAR_DAYS;
  const { version } = options;
  if (version) return fromFlatVersion({ ...options, version }, nearDays);
  const views = missionDeadlines({
    signedOn: options.signedOn,
    reference: ACI_REFERENCE_SEED,
    today: options.today,
    nearDays,
    missions: MISSIONS.map((mission) => ({
      mission,
      startedOn: options.milestones?.[mission]?.startedOn ?? null,
      deployedOn: options.milestones?.[mission]?.deployedOn ?? null,
    })),
  });
  return MISSIONS.flatMap((mission) => {
    const view = views.find((candidate) => candidate.mission === mission);
    if (!view?.startBy || !view.deployedBy || view.startStatus === 'notSet' || view.deployStatus === 'notSet') return [];
    return [
      {
        mission,
        label: view.label,
        startBy: view.startBy,
        deployedBy: view.deployedBy,
        startStatus: view.startStatus,
        deployStatus: view.deployStatus,
      },
    ];
  });
}
