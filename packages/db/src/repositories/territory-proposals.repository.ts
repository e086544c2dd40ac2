import type {
  ApprovalReason,
  ProposalStatus,
  RegionDecision,
  TerritoryProposalRecord,
  TerritoryProposalsRepository,
} from '@maillon/domain';
import { and, asc, desc, eq, inArray, or, sql } from 'drizzle-orm';
import type { Db } from '../client.ts';
import { cpts, territoryProposalApprovals, territoryProposals } from '../schema/index.ts';

type ProposalRow = typeof territoryProposals.$inferSelect;

export function createTerritoryProposalsRepository(db: Db): TerritoryProposalsRepository {
  async function withApprovals(rows: ProposalRow[]): Promise<TerritoryProposalRecord[]> {
    if (rows.length === 0) return [];
    const approvals = await db
      .select()
      .from(territoryProposalApprovals)
      .where(
        inArray(
          territoryProposalApprovals.proposalId,
          rows.map((r) => r.id),
        ),
      )
      .orderBy(asc(territoryProposalApprovals.regionCode));
    return rows.map((row) => ({
      ...row,
      status: row.status as ProposalStatus,
      approvals: approvals
        .filter((a) => a.proposalId === row.id)
        .map((a) => ({
          regionCode: a.regionCode,
          reason: a.reason as ApprovalReason,
          decision: a.decision as RegionDecision | null,
          decidedBy: a.decidedBy,
          decidedAt: a.decidedAt,
          comment: a.comment,
        })),
    }));
  }

  return {
    async create(record) {
      const { approvals, ...proposal } = record;
      await db.insert(territoryProposals).values(proposal);
      if (approvals.length > 0) {
        await db.insert(territoryProposalApprovals).values(approvals.map((a) => ({ ...a, proposalId: record.id })));
      }
    },
    async get(id, options) {
      const query = db.select().from(territoryProposals).where(eq(territoryProposals.id, id));
      const rows = options?.forUpdate ? await query.for('update') : await query;
      return (await withApprovals(rows))[0] ?? null;
    },
    async pendingOf(cptsId) {
      const rows = await db
        .select()
        .from(territoryProposals)
        .where(and(eq(territoryProposals.cptsId, cptsId), eq(territoryProposals.status, 'pending')));
      return (await withApprovals(rows))[0] ?? null;
    },
    async listOfCpts(cptsId) {
      const rows = await db
        .select()
        .from(territoryProposals)
        .where(eq(territoryProposals.cptsId, cptsId))
        .orderBy(desc(territoryProposals.createdAt));
      return withApprovals(rows);
    },
    async listForRegion(regionCode, filter) {
      const asked = db
        .select({ id: territoryProposalApprovals.proposalId })
        .from(territoryProposalApprovals)
        .where(eq(territoryProposalApprovals.regionCode, regionCode));
      const ofRegion = db.select({ id: cpts.id }).from(cpts).where(eq(cpts.regionCode, regionCode));
      const rows = await db
        .select()
        .from(territoryProposals)
        .where(
          and(
            or(inArray(territoryProposals.id, asked), inArray(territoryProposals.cptsId, ofRegion)),
            filter.status ? eq(territoryProposals.status, filter.status) : sql`true`,
          ),
        )
        .orderBy(desc(territoryProposals.createdAt));
      return withApprovals(rows);
    },
    async recordDecisions(id, decisions) {
      for (const d of decisions) {
        await db
          .update(territoryProposalApprovals)
          .set({ decision: d.decision, decidedBy: d.decidedBy, decidedAt: d.decidedAt, comment: d.comment })
          .where(and(eq(territoryProposalApprovals.proposalId, id), eq(territoryProposalApprovals.regionCode, d.regionCode)));
      }
    },
    async close(id, closing) {
      await db
        .update(territoryProposals)
        .set({ status: closing.status, closedAt: closing.closedAt, closedBy: closing.closedBy, supersededBy: closing.supersededBy ?? null })
        .where(eq(territoryProposals.id, id));
    },
  };
}
