import { and, desc, eq, inArray, sql } from 'drizzle-orm';
import type { Db } from '../client.ts';
import { establishments, importRuns, professionalActivities, professionalSkills, professionals } from '../schema/index.ts';

export type ProfessionalRow = typeof professionals.$inferInsert;
export type ActivityRow = typeof professionalActivities.$inferInsert;
export type SkillRow = typeof professionalSkills.$inferInsert;
export type EstablishmentRow = typeof establishments.$inferInsert;
export type ImportRunRecord = typeof importRuns.$inferSelect;

export interface RejectedLine {
  line: number;
  reason: string;
}

export interface DirectoryRepository {
  startRun(run: {
    id: string;
    kind: string;
    sourceName: string;
    bytesTotal: number | null;
    startedBy: string | null;
    now: Date;
  }): Promise<void>;
  progress(
    id: string,
    progress: { bytesDone: number; linesRead: number; accepted: number; rejectedCount: number; rejected: RejectedLine[] },
  ): Promise<void>;
  finishRun(
    id: string,
    outcome: { status: 'succeeded' | 'failed'; now: Date; stats: Record<string, unknown>; error?: string },
  ): Promise<void>;
  getRun(id: string): Promise<ImportRunRecord | null>;
  recentRuns(limit: number): Promise<ImportRunRecord[]>;
  upsertProfessionals(rows: ProfessionalRow[]): Promise<void>;
  upsertActivities(rows: ActivityRow[]): Promise<void>;
  upsertSkills(rows: SkillRow[]): Promise<void>;
  upsertEstablishments(rows: EstablishmentRow[]): Promise<void>;
  /** Marks what the run did not see as no longer present (limited to units when scoped). */
  markMissing(kind: 'rpps' | 'skills' | 'finess', runId: string, scopeUnits?: readonly string[]): Promise<number>;
}

const excluded = (column: string) => sql.raw(`excluded.${column}`);

export function createDirectoryRepository(db: Db): DirectoryRepository {
  return {
    async startRun(run) {
      await db.insert(importRuns).values({
        id: run.id,
        kind: run.kind,
        sourceName: run.sourceName,
        status: 'running',
        startedAt: run.now,
        bytesTotal: run.bytesTotal,
        startedBy: run.startedBy,
      });
    },
    async progress(id, p) {
      await db.update(importRuns).set(p).where(eq(importRuns.id, id));
    },
    async finishRun(id, outcome) {
      await db
        .update(importRuns)
        .set({ status: outcome.status, finishedAt: outcome.now, stats: outcome.stats, error: outcome.error ?? null })
        .where(eq(importRuns.id, id));
    },
    async getRun(id) {
      return (await db.select().from(importRuns).where(eq(importRuns.id, id)))[0] ?? null;
    },
    recentRuns: (limit) => db.select().from(importRuns).orderBy(desc(importRuns.startedAt)).limit(limit),
    async upsertProfessionals(rows) {
      await upsertByUnnest(db, {
        table: 'professionals',
        key: ['id_nat_ps'],
        columns: [
          ['id_nat_ps', 'text', (r: ProfessionalRow) => r.idNatPs],
          ['id_type', 'text', (r) => r.idType],
          ['identifier', 'text', (r) => r.identifier],
          ['civility', 'text', (r) => r.civility ?? null],
          ['last_name', 'text', (r) => r.lastName],
          ['first_name', 'text', (r) => r.firstName],
          ['profession_code', 'text', (r) => r.professionCode],
          ['profession_label', 'text', (r) => r.professionLabel],
          ['category_code', 'text', (r) => r.categoryCode ?? null],
          ['present', 'boolean', () => true],
          ['last_import_id', 'uuid', (r) => r.lastImportId ?? null],
          ['is_demo', 'boolean', (r) => r.isDemo ?? false],
          ['updated_at', 'timestamptz', (r) => (r.updatedAt as Date).toISOString()],
        ],
        rows,
      });
    },
    async upsertActivities(rows) {
      await upsertByUnnest(db, {
        table: 'professional_activities',
        key: ['id_nat_ps', 'activity_key'],
        columns: [
          ['id_nat_ps', 'text', (r: ActivityRow) => r.idNatPs],
          ['activity_key', 'text', (r) => r.activityKey],
          ['profession_code', 'text', (r) => r.professionCode],
          ['mode_code', 'text', (r) => r.modeCode ?? null],
          ['mode_label', 'text', (r) => r.modeLabel ?? null],
          ['specialty_code', 'text', (r) => r.specialtyCode ?? null],
          ['specialty_label', 'text', (r) => r.specialtyLabel ?? null],
          ['general_practice', 'boolean', (r) => r.generalPractice ?? false],
          ['siret', 'text', (r) => r.siret ?? null],
          ['finess_site', 'text', (r) => r.finessSite ?? null],
          ['finess_legal', 'text', (r) => r.finessLegal ?? null],
          ['structure_id', 'text', (r) => r.structureId ?? null],
          ['structure_name', 'text', (r) => r.structureName ?? null],
          ['address', 'text', (r) => r.address ?? null],
          ['postal_code', 'text', (r) => r.postalCode ?? null],
          ['unit_code', 'text', (r) => r.unitCode ?? null],
          ['town_label', 'text', (r) => r.townLabel ?? null],
          ['phone', 'text', (r) => r.phone ?? null],
          ['email', 'text', (r) => r.email ?? null],
          ['present', 'boolean', () => true],
          ['last_import_id', 'uuid', (r) => r.lastImportId ?? null],
        ],
        rows,
      });
    },
    async upsertSkills(rows) {
      if (rows.length === 0) return;
      await db
        .insert(professionalSkills)
        .values(rows)
        .onConflictDoUpdate({
          target: [professionalSkills.idNatPs, professionalSkills.code],
          set: { typeCode: excluded('type_code'), label: excluded('label'), present: sql`true`, lastImportId: excluded('last_import_id') },
        });
    },
    async upsertEstablishments(rows) {
      if (rows.length === 0) return;
      const columns = [
        'finess_legal',
        'name',
        'long_name',
        'category_code',
        'category_label',
        'kind',
        'siret',
        'address',
        'postal_code',
        'unit_code',
        'lon',
        'lat',
        'opened_on',
        'last_import_id',
        'is_demo',
      ];
      await db
        .insert(establishments)
        .values(rows)
        .onConflictDoUpdate({
          target: establishments.finessSite,
          set: { ...Object.fromEntries(columns.map((c) => [camel(c), excluded(c)])), present: sql`true` },
        });
    },
    async markMissing(kind, runId, scopeUnits) {
      if (kind === 'finess') {
        const result = await db
          .update(establishments)
          .set({ present: false })
          .where(and(eq(establishments.present, true), sql`${establishments.lastImportId} is distinct from ${runId}`))
          .returning({ id: establishments.finessSite });
        return result.length;
      }
      if (kind === 'skills') {
        const result = await db
          .update(professionalSkills)
          .set({ present: false })
          .where(and(eq(professionalSkills.present, true), sql`${professionalSkills.lastImportId} is distinct from ${runId}`))
          .returning({ id: professionalSkills.idNatPs });
        return result.length;
      }
      const activityScope = scopeUnits ? inArray(professionalActivities.unitCode, [...scopeUnits]) : undefined;
      await db
        .update(professionalActivities)
        .set({ present: false })
        .where(
          and(
            eq(professionalActivities.present, true),
            sql`${professionalActivities.lastImportId} is distinct from ${runId}`,
            activityScope,
          ),
        );
      if (scopeUnits) return 0;
      // A person is gone when the national file no longer lists them.
      const gone = await db
        .update(professionals)
        .set({ present: false })
        .where(and(eq(professionals.present, true), sql`${professionals.lastImportId} is distinct from ${runId}`))
        .returning({ id: professionals.idNatPs });
      return gone.length;
    },
  };
}

type SqlType = 'text' | 'boolean' | 'uuid' | 'timestamptz';

/**
 * Bulk upsert with one array parameter per column (`INSERT … SELECT FROM unnest(…)`): the
 * statement's size no longer grows with the batch, which makes large imports several times
 * faster than multi-row VALUES, identically on PostgreSQL and PGlite.
 */
async function upsertByUnnest<R>(
  db: Db,
  spec: { table: string; key: string[]; columns: [string, SqlType, (row: R) => string | boolean | null][]; rows: R[] },
): Promise<void> {
  if (spec.rows.length === 0) return;
  const names = spec.columns.map(([name]) => name);
  const arrays = spec.columns.map(([, type, get]) => sql`${sql.param(spec.rows.map(get))}::${sql.raw(type)}[]`);
  const updates = names.filter((n) => !spec.key.includes(n)).map((n) => `${n} = excluded.${n}`);
  await db.execute(
    sql`insert into ${sql.raw(spec.table)} (${sql.raw(names.join(', '))}) select * from unnest(${sql.join(arrays, sql`, `)}) on conflict (${sql.raw(spec.key.join(', '))}) do update set ${sql.raw(updates.join(', '))}`,
  );
}

function camel(column: string): string {
  return column.replace(/_([a-z])/g, (_, c: string) => c.toUpperCase());
}
