import { daysBetween } from '../lifecycle/dates.ts';

export type DeadlineStatus = 'done' | 'late' | 'near' | 'upcoming';

/** A deadline is "near" within this many days, inclusive (configurable by callers). */
export const DEFAULT_NEAR_DAYS = 60;

/** Done once its milestone is dated; otherwise late after the deadline, near within `nearDays` of it. */
export function deadlineStatus(deadline: string, doneOn: string | null | undefined, today: string, nearDays: number): DeadlineStatus {
  if (doneOn) return 'done';
  const left = daysBetween(today, deadline);
  if (left < 0) return 'late';
  return left <= nearDays ? 'near' : 'upcoming';
}

/** `notSet`: an optional mission whose contract writes no deadline. */
export type ContractDeadlineStatus = DeadlineStatus | 'notSet';
