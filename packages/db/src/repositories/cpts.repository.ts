import type { CptsFilter, CptsRecord, CptsRepository, Stage, StoredTransition } from '@maillon/domain';
import { and, asc, desc, eq, getTableColumns, inArray, type SQL, sql } from 'drizzle-orm';
import type { Db } from '../client.ts';
import { preparedPerDb } from '../prepared.ts';
import { cpts, cptsMissionMilestones, cptsTransitions, cptsUnits, territoryVersions, users } from '../schema/index.ts';

/** The départements of a CPTS's territory, for access rules (a CPAM follows the CPTS of its département). */
const departementCodes = sql<string[]>`coalesce((
  select array_agg(distinct u.departement_code order by u.departement_code)
  from cpts_units cu join units u on u.code = cu.unit_code
  where cu.cpts_id = ${cpts.id} and u.departement_code is not null), '{}')`;

const withDepartements = { ...getTableColumns(cpts), departementCodes };

/** Every CPTS page and its diagnostic read their CPTS first: the query is built once (prepared.ts). */
const cptsById = preparedPerDb((db: Db) =>
  db
    .select(withDepartements)
    .from(cpts)
    .where(eq(cpts.id, sql.placeholder('id')))
    .prepare('maillon_cpts_by_id'),
);

const toTransition = (r: typeof cptsTransitions.$inferSelect): StoredTransition => ({
  id: r.id,
  from: r.fromStage as Stage | null,
  to: r.toStage as Stage,
  occurredOn: r.occurredOn,
  comment: r.comment,
  authorId: r.authorId,
  createdAt: r.createdAt,
});

const toRecord = (row: typeof cpts.$inferSelect & { departementCodes: string[] }): CptsRecord => ({ ...row, stage: row.stage as Stage });

/** The WHERE of a list; null when it can match nothing (an empty list of ids). */
function conditionsOf(filter: CptsFilter): { condition: SQL | undefined } | null {
  const conditions = [];
  if (filter.regionCode) conditions.push(eq(cpts.regionCode, filter.regionCode));
  if (filter.ids) {
    if (filter.ids.length === 0) return null;
    conditions.push(inArray(cpts.id, [...filter.ids]));
  }
  return { condition: and(...conditions) };
}

export function createCptsRepository(db: Db): CptsRepository {
  const unitCodes = async (id: string) => {
    const rows = await db
      .select({ code: cptsUnits.unitCode })
      .from(cptsUnits)
      .where(eq(cptsUnits.cptsId, id))
      .orderBy(asc(cptsUnits.unitCode));
    return rows.map((r) => r.code);
  };
  return {
    async list(filter) {
      const where = conditionsOf(filter);
      if (!where) return [];
      const rows = await db.select(withDepartements).from(cpts).where(where.condition).orderBy(asc(cpts.name));
      return rows.map(toRecord);
    },
    async identities(filter) {
      const where = conditionsOf(filter);
      if (!where) return [];
      const rows = await db.select().from(cpts).where(where.condition).orderBy(asc(cpts.name));
      return rows.map((row) => ({ ...row, stage: row.stage as Stage }));
    },
    async get(id, options) {
      const rows = options?.forUpdate
        ? await db.select(withDepartements).from(cpts).where(eq(cpts.id, id)).for('update')
        : await cptsById(db).execute({ id });
      return rows[0] ? toRecord(rows[0]) : null;
    },
    async create(record) {
      await db.insert(cpts).values(record);
    },
    async updateIdentity(id, identity, now) {
      await db
        .update(cpts)
        .set({ ...identity, updatedAt: now })
        .where(eq(cpts.id, id));
    },
    unitCodes,
    async replaceTerritory(id, codes, now) {
      // Only the difference is written, so that a kept unit keeps the date it was claimed from.
      const wanted = new Set(codes);
      const existing = await unitCodes(id);
      const kept = new Set(existing);
      const removed = existing.filter((code) => !wanted.has(code));
      const added = [...wanted].filter((code) => !kept.has(code));
      for (let i = 0; i < removed.length; i += 1000) {
        await db.delete(cptsUnits).where(and(eq(cptsUnits.cptsId, id), inArray(cptsUnits.unitCode, removed.slice(i, i + 1000))));
      }
      for (let i = 0; i < added.length; i += 1000) {
        await db.insert(cptsUnits).values(added.slice(i, i + 1000).map((unitCode) => ({ cptsId: id, unitCode, addedAt: now })));
      }
      await db.update(cpts).set({ updatedAt: now }).where(eq(cpts.id, id));
    },
    async unitClaims(cptsIds, codes) {
      if (cptsIds.length === 0 || codes.length === 0) return [];
      return db
        .select({ cptsId: cptsUnits.cptsId, unitCode: cptsUnits.unitCode, addedAt: cptsUnits.addedAt })
        .from(cptsUnits)
        .where(and(inArray(cptsUnits.cptsId, [...cptsIds]), inArray(cptsUnits.unitCode, [...codes])));
    },
    async territories() {
      const rows = await db
        .select({
          id: cpts.id,
          name: cpts.name,
          stage: cpts.stage,
          regionCode: cpts.regionCode,
          departementCodes,
          unitCodes: sql<
            string[]
          >`coalesce(array_agg(${cptsUnits.unitCode} order by ${cptsUnits.unitCode}) filter (where ${cptsUnits.unitCode} is not null), '{}')`,
        })
        .from(cpts)
        .leftJoin(cptsUnits, eq(cptsUnits.cptsId, cpts.id))
        .groupBy(cpts.id)
        .orderBy(asc(cpts.name));
      return rows.map((r) => ({ ...r, stage: r.stage as Stage }));
    },
    async territoriesVersion() {
      // Bumped by triggers on cpts and cpts_units (migration 0026); a missing row is a version too.
      const rows = await db.select({ version: territoryVersions.version }).from(territoryVersions).where(eq(territoryVersions.id, 1));
      return rows[0] ? String(rows[0].version) : 'none';
    },
    async history(id) {
      const rows = await db.select().from(cptsTransitions).where(eq(cptsTransitions.cptsId, id)).orderBy(asc(cptsTransitions.seq));
      return rows.map(toTransition);
    },
    async historyWithAuthors(id) {
      const rows = await db
        .select({ step: cptsTransitions, authorName: users.displayName })
        .from(cptsTransitions)
        .leftJoin(users, eq(users.id, cptsTransitions.authorId))
        .where(eq(cptsTransitions.cptsId, id))
        .orderBy(asc(cptsTransitions.seq));
      return rows.map((r) => ({ ...toTransition(r.step), authorName: r.authorName }));
    },
    async appendTransition(id, t) {
      const last = await db
        .select({ seq: cptsTransitions.seq })
        .from(cptsTransitions)
        .where(eq(cptsTransitions.cptsId, id))
        .orderBy(desc(cptsTransitions.seq))
        .limit(1);
      await db.insert(cptsTransitions).values({
        id: t.id,
        cptsId: id,
        seq: (last[0]?.seq ?? 0) + 1,
        fromStage: t.from,
        toStage: t.to,
        occurredOn: t.occurredOn,
        comment: t.comment,
        authorId: t.authorId,
        createdAt: t.createdAt,
      });
      await db.update(cpts).set({ stage: t.to, updatedAt: t.createdAt }).where(eq(cpts.id, id));
    },
    async milestones(id) {
      const rows = await db.select().from(cptsMissionMilestones).where(eq(cptsMissionMilestones.cptsId, id));
      return Object.fromEntries(rows.map((r) => [r.mission, { startedOn: r.startedOn, deployedOn: r.deployedOn }]));
    },
    async setMilestone(id, mission, milestone) {
      const values = { startedOn: milestone.startedOn ?? null, deployedOn: milestone.deployedOn ?? null };
      await db
        .insert(cptsMissionMilestones)
        .values({ cptsId: id, mission, ...values })
        .onConflictDoUpdate({ target: [cptsMissionMilestones.cptsId, cptsMissionMilestones.mission], set: values });
    },
  };
}
