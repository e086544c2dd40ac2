import type {
  DeclineReason,
  DistanceTier,
  MatchingPhase,
  MatchingRunRecord,
  MatchingRunStatus,
  MatchingRunSummary,
  MtMatchingRepository,
  MtProposalActor,
  MtProposalRecord,
  MtProposalStatus,
  StoredUnmatched,
} from '@maillon/domain';
import { and, asc, desc, eq, inArray, lt, lte, type SQL } from 'drizzle-orm';
import type { Db } from '../client.ts';
import { matchingRuns, mtFollowUpSettings, mtProposalEvents, mtProposals, mtReminders, unitShapes, units } from '../schema/index.ts';

type RunRow = typeof matchingRuns.$inferSelect;
type ProposalRow = typeof mtProposals.$inferSelect;

const toRun = (row: RunRow): MatchingRunRecord => ({
  ...row,
  status: row.status as MatchingRunStatus,
  phase: row.phase as MatchingPhase | null,
  summary: row.summary as MatchingRunSummary | null,
  unmatched: row.unmatched as StoredUnmatched[] | null,
});

const toProposal = (row: ProposalRow): MtProposalRecord => ({
  ...row,
  origin: row.origin as MtProposalRecord['origin'],
  status: row.status as MtProposalStatus,
  tier: row.tier as DistanceTier | null,
  declineReason: row.declineReason as DeclineReason | null,
});

export function createMtMatchingRepository(db: Db): MtMatchingRepository {
  return {
    async matchingUnits(codes) {
      if (codes.length === 0) return [];
      const rows = await db
        .select({
          code: units.code,
          epciCode: units.epciCode,
          departementCode: units.departementCode,
          lon: unitShapes.centroidLon,
          lat: unitShapes.centroidLat,
        })
        .from(units)
        .leftJoin(unitShapes, eq(unitShapes.unitCode, units.code))
        .where(inArray(units.code, [...new Set(codes)]));
      return rows.map((r) => ({
        code: r.code,
        epciCode: r.epciCode,
        departementCode: r.departementCode,
        centroid: r.lon !== null && r.lat !== null ? { lon: r.lon, lat: r.lat } : null,
      }));
    },
    async followUp(cptsId) {
      const rows = await db.select().from(mtFollowUpSettings).where(eq(mtFollowUpSettings.cptsId, cptsId));
      return rows[0] ? { proposalDays: rows[0].proposalDays, reminderDays: rows[0].reminderDays } : null;
    },
    async saveFollowUp(cptsId, settings) {
      await db
        .insert(mtFollowUpSettings)
        .values({ cptsId, ...settings })
        .onConflictDoUpdate({ target: mtFollowUpSettings.cptsId, set: settings });
    },
    async startRun(run) {
      // The partial unique index (one running run per CPTS) turns a second launch into no row.
      const rows = await db.insert(matchingRuns).values(run).onConflictDoNothing().returning({ id: matchingRuns.id });
      return rows.length === 1;
    },
    async progressRun(id, progress) {
      await db
        .update(matchingRuns)
        .set({ phase: progress.phase, done: progress.done, total: progress.total, heartbeatAt: progress.at })
        .where(and(eq(matchingRuns.id, id), eq(matchingRuns.status, 'running')));
    },
    async finishRun(id, end) {
      await db
        .update(matchingRuns)
        .set({
          status: end.status,
          summary: end.summary,
          unmatched: end.unmatched,
          error: end.error,
          finishedAt: end.at,
          heartbeatAt: end.at,
        })
        .where(eq(matchingRuns.id, id));
    },
    async failStaleRuns(cptsId, before) {
      const rows = await db
        .update(matchingRuns)
        .set({ status: 'failed', error: 'Le traitement s’est interrompu (redémarrage du serveur).', finishedAt: before })
        .where(and(eq(matchingRuns.cptsId, cptsId), eq(matchingRuns.status, 'running'), lt(matchingRuns.heartbeatAt, before)))
        .returning({ id: matchingRuns.id });
      return rows.length;
    },
    async run(cptsId, id) {
      const rows = await db
        .select()
        .from(matchingRuns)
        .where(and(eq(matchingRuns.cptsId, cptsId), eq(matchingRuns.id, id)));
      return rows[0] ? toRun(rows[0]) : null;
    },
    async runs(cptsId, limit) {
      const rows = await db
        .select()
        .from(matchingRuns)
        .where(eq(matchingRuns.cptsId, cptsId))
        .orderBy(desc(matchingRuns.startedAt), desc(matchingRuns.id))
        .limit(limit);
      return rows.map(toRun);
    },
    async insertProposals(records) {
      for (let i = 0; i < records.length; i += 500) await db.insert(mtProposals).values(records.slice(i, i + 500));
    },
    async proposals(filter) {
      if ([filter.requestIds, filter.ids, filter.statuses].some((list) => list?.length === 0)) return [];
      const conditions: SQL[] = [];
      if (filter.cptsId) conditions.push(eq(mtProposals.cptsId, filter.cptsId));
      if (filter.runId) conditions.push(eq(mtProposals.runId, filter.runId));
      if (filter.idNatPs) conditions.push(eq(mtProposals.idNatPs, filter.idNatPs));
      if (filter.requestIds) conditions.push(inArray(mtProposals.requestId, [...filter.requestIds]));
      if (filter.ids) conditions.push(inArray(mtProposals.id, [...filter.ids]));
      if (filter.statuses) conditions.push(inArray(mtProposals.status, [...filter.statuses]));
      const rows = await db
        .select()
        .from(mtProposals)
        .where(and(...conditions))
        .orderBy(desc(mtProposals.weight), asc(mtProposals.createdAt), asc(mtProposals.id));
      return rows.map(toProposal);
    },
    async proposal(id, options) {
      const query = db.select().from(mtProposals).where(eq(mtProposals.id, id));
      const rows = options?.forUpdate ? await query.for('update') : await query;
      return rows[0] ? toProposal(rows[0]) : null;
    },
    async moveProposal(id, from, changes) {
      const rows = await db
        .update(mtProposals)
        .set(changes)
        .where(and(eq(mtProposals.id, id), eq(mtProposals.status, from)))
        .returning({ id: mtProposals.id });
      return rows.length === 1;
    },
    async discardDrafts(cptsId) {
      const rows = await db
        .update(mtProposals)
        .set({ status: 'discarded' })
        .where(and(eq(mtProposals.cptsId, cptsId), eq(mtProposals.status, 'draft')))
        .returning({ id: mtProposals.id });
      return rows.map((r) => r.id);
    },
    async addProposalEvents(events) {
      if (events.length === 0) return;
      for (let i = 0; i < events.length; i += 500) await db.insert(mtProposalEvents).values(events.slice(i, i + 500));
    },
    async proposalEvents(proposalIds) {
      if (proposalIds.length === 0) return [];
      const rows = await db
        .select()
        .from(mtProposalEvents)
        .where(inArray(mtProposalEvents.proposalId, [...proposalIds]))
        .orderBy(asc(mtProposalEvents.at), asc(mtProposalEvents.id));
      return rows.map((r) => ({
        ...r,
        fromStatus: r.fromStatus as MtProposalStatus | null,
        toStatus: r.toStatus as MtProposalStatus,
        actor: r.actor as MtProposalActor,
      }));
    },
    async sentDueBy(onOrBefore, limit) {
      const rows = await db
        .select()
        .from(mtProposals)
        .where(and(eq(mtProposals.status, 'sent'), lte(mtProposals.expiresOn, onOrBefore)))
        .orderBy(asc(mtProposals.expiresOn), asc(mtProposals.id))
        .limit(limit);
      return rows.map(toProposal);
    },
    async claimReminder(reminder) {
      const rows = await db
        .insert(mtReminders)
        .values({ subjectId: reminder.subjectId, kind: reminder.kind, cptsId: reminder.cptsId, sentAt: reminder.at })
        .onConflictDoNothing()
        .returning({ id: mtReminders.subjectId });
      return rows.length === 1;
    },
  };
}
