interface Orderable {
  status: string;
  escalated: boolean;
  deadlineAt: string;
  createdAt: string;
}

function rank(r: Orderable): number {
  if (r.status === 'open' && r.escalated) return 0;
  if (r.status === 'open') return 1;
  return 2;
}

/**
 * The coordination team's order: open requests escalated to the team first, then the other
 * open ones, soonest deadline first, then the closed ones, newest first
 * (docs/reference/pro-requests.md §5).
 */
export function teamOrder<T extends Orderable>(items: readonly T[]): T[] {
  return [...items].sort((a, b) => {
    const byRank = rank(a) - rank(b);
    if (byRank !== 0) return byRank;
    if (rank(a) < 2) return a.deadlineAt.localeCompare(b.deadlineAt);
    return b.createdAt.localeCompare(a.createdAt);
  });
}
