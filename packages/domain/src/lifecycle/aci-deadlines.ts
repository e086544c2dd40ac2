import { ACI_2019_AVENANT_2, type AciVersion, type CoreMission } from '../reference/aci.ts';
import { addMonths, daysBetween } from './dates.ts';

export type DeadlineStatus = 'done' | 'late' | 'near' | 'upcoming';

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

/** A deadline is "near" within this many days (configurable by callers). */
export const DEFAULT_NEAR_DAYS = 60;

function status(deadline: string, doneOn: string | null | undefined, today: string, nearDays: number): DeadlineStatus {
  if (doneOn) return 'done';
  const left = daysBetween(today, deadline);
  if (left < 0) return 'late';
  return left <= nearDays ? 'near' : 'upcoming';
}

/**
 * ACI mission deadlines counted from the contract signature date (domain.md §2): when each
 * core mission must start and be deployed, and whether that is done, near or late.
 */
export function aciMissionDeadlines(options: {
  signedOn: string;
  today: string;
  milestones?: Partial<Record<CoreMission, MissionMilestones>>;
  version?: AciVersion;
  nearDays?: number;
}): MissionDeadlineView[] {
  const version = options.version ?? ACI_2019_AVENANT_2;
  const nearDays = options.nearDays ?? DEFAULT_NEAR_DAYS;
  return version.deadlines.map((deadline) => {
    const milestone = options.milestones?.[deadline.mission];
    const startBy = addMonths(options.signedOn, deadline.startWithinMonths);
    const deployedBy = addMonths(options.signedOn, deadline.deployedWithinMonths);
    return {
      mission: deadline.mission,
      label: deadline.label,
      startBy,
      deployedBy,
      startStatus: status(startBy, milestone?.startedOn, options.today, nearDays),
      deployStatus: status(deployedBy, milestone?.deployedOn, options.today, nearDays),
    };
  });
}
