/** What the monthly series needs from a member: when they joined and left, and whether the directory knows them there. */
export interface MembershipSpan {
  joinedOn: string | null;
  leftOn: string | null;
  /** True when the member is one of the professionals practising on the territory (RPPS match). */
  practisesOnTerritory: boolean;
}

export interface MembershipPoint {
  /** "YYYY-MM". */
  month: string;
  /** Day the count is taken: the month's last day, or today for the current month. */
  asOf: string;
  /** Professional members at that date. */
  members: number;
  /** Of which practising on the territory according to the current directory. */
  membersOnTerritory: number;
}

/** Longest series returned: ten years of months. */
export const MAX_SERIES_MONTHS = 120;
/** Length of the series of a CPTS without any dated membership yet. */
export const EMPTY_SERIES_MONTHS = 12;

const monthOf = (isoDate: string) => isoDate.slice(0, 7);

/** Months counted from year 0, so that month arithmetic is integer arithmetic. */
function monthIndex(month: string): number {
  const [y, m] = month.split('-').map(Number) as [number, number];
  return y * 12 + (m - 1);
}

function monthAt(index: number): string {
  return `${Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, '0')}`;
}

function lastDayOf(month: string): string {
  const [y, m] = month.split('-').map(Number) as [number, number];
  return `${month}-${String(new Date(Date.UTC(y, m, 0)).getUTCDate()).padStart(2, '0')}`;
}

/** A member counts on `day` from their joining day, until the day before they left. */
function isMemberOn(span: MembershipSpan, day: string): boolean {
  return span.joinedOn !== null && span.joinedOn <= day && (span.leftOn === null || span.leftOn > day);
}

/**
 * Monthly series of members from their joining and leaving dates (issue #3 point 5, "over
 * time"): from the month of the first joining (at most ten years back) to the current month.
 * Spans without a joining date (requests never validated) are ignored.
 */
export function membershipSeries(spans: readonly MembershipSpan[], today: string): MembershipPoint[] {
  const current = monthIndex(monthOf(today));
  const firsts = spans.flatMap((span) => (span.joinedOn && span.joinedOn <= today ? [monthIndex(monthOf(span.joinedOn))] : []));
  const earliest = firsts.length > 0 ? Math.min(...firsts) : current + 1 - EMPTY_SERIES_MONTHS;
  const points: MembershipPoint[] = [];
  for (let index = Math.max(earliest, current + 1 - MAX_SERIES_MONTHS); index <= current; index += 1) {
    const month = monthAt(index);
    const asOf = index === current ? today : lastDayOf(month);
    const active = spans.filter((span) => isMemberOn(span, asOf));
    points.push({ month, asOf, members: active.length, membersOnTerritory: active.filter((span) => span.practisesOnTerritory).length });
  }
  return points;
}
