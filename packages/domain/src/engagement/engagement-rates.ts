/** A group of professionals practising on the territory (a profession, a unit) and the members among them. */
export interface EngagementCount {
  key: string;
  label: string;
  professionals: number;
  members: number;
}

export interface EngagementLine extends EngagementCount {
  /** Members over professionals (0–1); null when no professional practises there. */
  rate: number | null;
}

/** Share of professionals who are members (three decimals), null without professionals. */
export function engagementRate(members: number, professionals: number): number | null {
  if (professionals <= 0) return null;
  return Math.round((members / professionals) * 1000) / 1000;
}

/** Adds the rate to each line and the total line ("70 adhérents sur 200 professionnels"). */
export function engagementLines(
  counts: readonly EngagementCount[],
  totalLabel: string,
): { lines: EngagementLine[]; total: EngagementLine } {
  const lines = counts.map((count) => ({ ...count, rate: engagementRate(count.members, count.professionals) }));
  const professionals = counts.reduce((sum, count) => sum + count.professionals, 0);
  const members = counts.reduce((sum, count) => sum + count.members, 0);
  return { lines, total: { key: 'total', label: totalLabel, professionals, members, rate: engagementRate(members, professionals) } };
}
