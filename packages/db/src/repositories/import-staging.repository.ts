import type {
  AppliedEntityCounts,
  ImportAuthority,
  ImportEntity,
  ImportEntityCounts,
  ImportStagingRepository,
  StagedFileKind,
} from '@maillon/domain';
import { type SQL, sql } from 'drizzle-orm';
import type { Db } from '../client.ts';
import { copyInto, isTopLevel } from '../copy/copy-into.ts';
import { copyRows } from '../copy/copy-text.ts';

type SqlType = 'text' | 'boolean' | 'float8' | 'date';

/** A live directory table and its staging twin: the key, and the columns a file provides. */
interface TableSpec {
  entity: ImportEntity;
  live: string;
  staged: string;
  key: readonly string[];
  columns: readonly (readonly [string, SqlType])[];
  /** Set when a row is written; never compared. */
  stamps: (now: Date) => Record<string, SQL>;
}

const text = (...names: string[]) => names.map((n) => [n, 'text'] as const);

const PROFESSIONALS: TableSpec = {
  entity: 'professionals',
  live: 'professionals',
  staged: 'import_staged_professionals',
  key: ['id_nat_ps'],
  columns: [
    ...text('id_type', 'identifier', 'civility', 'last_name', 'first_name', 'profession_code', 'profession_label', 'category_code'),
    ['is_demo', 'boolean'],
  ],
  stamps: (now) => ({ updated_at: sql`${now.toISOString()}::timestamptz` }),
};

const ACTIVITIES: TableSpec = {
  entity: 'activities',
  live: 'professional_activities',
  staged: 'import_staged_activities',
  key: ['id_nat_ps', 'activity_key'],
  columns: [
    ...text('profession_code', 'mode_code', 'mode_label', 'specialty_code', 'specialty_label'),
    ['general_practice', 'boolean'],
    ...text('siret', 'finess_site', 'finess_legal', 'structure_id', 'structure_name', 'address', 'postal_code', 'unit_code'),
    ...text('town_label', 'phone', 'email'),
  ],
  stamps: () => ({}),
};

const SKILLS: TableSpec = {
  entity: 'skills',
  live: 'professional_skills',
  staged: 'import_staged_skills',
  key: ['id_nat_ps', 'code'],
  columns: text('type_code', 'label'),
  stamps: () => ({}),
};

const ESTABLISHMENTS: TableSpec = {
  entity: 'establishments',
  live: 'establishments',
  staged: 'import_staged_establishments',
  key: ['finess_site'],
  columns: [
    ...text('finess_legal', 'name', 'long_name', 'category_code', 'category_label', 'kind', 'siret', 'address', 'postal_code', 'unit_code'),
    ['lon', 'float8'],
    ['lat', 'float8'],
    ['opened_on', 'date'],
    ['is_demo', 'boolean'],
  ],
  stamps: () => ({}),
};

const STAGING_TABLES = [PROFESSIONALS, ACTIVITIES, SKILLS, ESTABLISHMENTS];

/** Advisory lock key of directory merges (any constant unique in the application). */
const MERGE_LOCK = 7_305_114_001;

/**
 * How one table of a file is merged under an authority: whether a matched live row may be
 * updated (all, none, or only those passing `updatable`), whether live rows the file does not
 * list are marked gone, and the columns the merge itself sets and compares.
 */
interface MergeRule {
  spec: TableSpec;
  /** Condition on the live row (alias `l`) for it to be updated; null: insert only, never update. */
  updatable: SQL | null;
  marksGone: boolean;
  /** Set on insert and update, and part of "really changed" (e.g. the identity's source). */
  owned: Record<string, SQL>;
}

function rulesFor(kind: StagedFileKind, authority: ImportAuthority): MergeRule[] {
  const national = authority.scope === 'national';
  const rule = (spec: TableSpec, updatable: SQL | null, owned: Record<string, SQL> = {}): MergeRule => ({
    spec,
    updatable,
    marksGone: authority.marksGone,
    owned,
  });
  if (kind === 'skills') return [rule(SKILLS, sql`true`)];
  if (kind === 'finess') return [rule(ESTABLISHMENTS, sql`true`)];
  if (national) return [rule(PROFESSIONALS, sql`true`, { identity_source: sql`'national'` }), rule(ACTIVITIES, sql`true`)];
  // Territory upload: known people keep their identity; only activities located in the
  // territory are updated (issue #6: a CPTS may list any commune, so nothing else is touched).
  return [
    rule(PROFESSIONALS, null, { identity_source: sql`'territory'` }),
    rule(ACTIVITIES, sql`l.unit_code = any(${sql.param(authority.activityUnits)}::text[])`),
  ];
}

const raw = (s: string) => sql.raw(s);
const keyMatch = (spec: TableSpec) => raw(spec.key.map((k) => `l.${k} = s.${k}`).join(' and '));

/** A live row differs from the staged one: any column, gone, or an owned column not yet set. */
function changed(rule: MergeRule): SQL {
  const columns = rule.spec.columns.map(([c]) => c);
  const base = raw(
    `not l.present or (${columns.map((c) => `l.${c}`).join(', ')}) is distinct from (${columns.map((c) => `s.${c}`).join(', ')})`,
  );
  // Owned columns count only where the upload may update (an insert-only rule changes no live row).
  const owned =
    rule.updatable === null ? [] : Object.entries(rule.owned).map(([column, value]) => sql`l.${raw(column)} is distinct from ${value}`);
  return sql`(${sql.join([base, ...owned], sql` or `)})`;
}

const stagedOf = (spec: TableSpec, runId: string) => sql`(select * from ${raw(spec.staged)} where run_id = ${runId}::uuid) s`;

/** Rows a statement wrote, from the driver's reply (node-postgres `rowCount`, PGlite `affectedRows`). */
async function count(db: Db, query: SQL): Promise<number> {
  const result = (await db.execute(query)) as unknown as { rowCount?: number | null; affectedRows?: number };
  return Number(result.rowCount ?? result.affectedRows ?? 0);
}

async function previewTable(db: Db, runId: string, rule: MergeRule): Promise<ImportEntityCounts> {
  const { spec } = rule;
  const updatable = rule.updatable ?? sql`false`;
  const k = `l.${spec.key[0]}`;
  const diff = changed(rule);
  const result = (await db.execute(sql`
    select
      count(*) filter (where ${raw(k)} is null)::int as added,
      count(*) filter (where ${raw(k)} is not null and ${updatable} and ${diff})::int as updated,
      count(*) filter (where ${raw(k)} is not null and not ${diff})::int as unchanged,
      count(*) filter (where ${raw(k)} is not null and not (${updatable}) and ${diff})::int as kept
    from ${stagedOf(spec, runId)} left join ${raw(spec.live)} l on ${keyMatch(spec)}`)) as unknown as {
    rows: { added: number; updated: number; unchanged: number; kept: number }[];
  };
  const row = result.rows[0] ?? { added: 0, updated: 0, unchanged: 0, kept: 0 };
  let gone = 0;
  if (rule.marksGone) {
    const goneRows = (await db.execute(sql`
      select count(*)::int as n from ${raw(spec.live)} l
      where l.present and not exists (select 1 from ${raw(spec.staged)} s where s.run_id = ${runId}::uuid and ${keyMatch(spec)})`)) as unknown as {
      rows: { n: number }[];
    };
    gone = Number(goneRows.rows[0]?.n ?? 0);
  }
  return {
    entity: spec.entity,
    added: Number(row.added),
    updated: Number(row.updated),
    unchanged: Number(row.unchanged),
    kept: Number(row.kept),
    gone,
  };
}

async function mergeTable(db: Db, runId: string, rule: MergeRule, now: Date): Promise<AppliedEntityCounts> {
  const { spec } = rule;
  const written = { present: sql`true`, last_import_id: sql`${runId}::uuid`, ...spec.stamps(now), ...rule.owned };
  const columns = spec.columns.map(([c]) => c);
  const assignments = [
    ...columns.map((c) => raw(`${c} = s.${c}`)),
    ...Object.entries(written).map(([column, value]) => sql`${raw(column)} = ${value}`),
  ];
  const updated =
    rule.updatable === null
      ? 0
      : await count(
          db,
          sql`update ${raw(spec.live)} as l set ${sql.join(assignments, sql`, `)}
              from ${raw(spec.staged)} s
              where s.run_id = ${runId}::uuid and ${keyMatch(spec)} and ${rule.updatable} and ${changed(rule)}`,
        );
  const inserted = [...spec.key, ...columns];
  const added = await count(
    db,
    sql`insert into ${raw(spec.live)} (${raw([...inserted, ...Object.keys(written)].join(', '))})
        select ${raw(inserted.map((c) => `s.${c}`).join(', '))}, ${sql.join(Object.values(written), sql`, `)}
        from ${raw(spec.staged)} s
        where s.run_id = ${runId}::uuid and not exists (select 1 from ${raw(spec.live)} l where ${keyMatch(spec)})`,
  );
  let gone = 0;
  if (rule.marksGone) {
    const stamps = Object.entries({ last_import_id: sql`${runId}::uuid`, ...spec.stamps(now) }).map(
      ([column, value]) => sql`, ${raw(column)} = ${value}`,
    );
    gone = await count(
      db,
      sql`update ${raw(spec.live)} as l set present = false${sql.join(stamps, sql``)}
          where l.present and not exists (select 1 from ${raw(spec.staged)} s where s.run_id = ${runId}::uuid and ${keyMatch(spec)})`,
    );
  }
  return { entity: spec.entity, added, updated, gone };
}

export function createImportStagingRepository(db: Db): ImportStagingRepository {
  return {
    stageProfessionals: (runId, rows) => stage(db, PROFESSIONALS, runId, rows),
    stageActivities: (runId, rows) => stage(db, ACTIVITIES, runId, rows),
    stageSkills: (runId, rows) => stage(db, SKILLS, runId, rows),
    stageEstablishments: (runId, rows) => stage(db, ESTABLISHMENTS, runId, rows),
    async preview(runId, kind, authority) {
      // Fresh statistics after a bulk load (autovacuum has not seen it yet): the planner then
      // hashes the staged rows against the live table instead of looping over a "tiny" table.
      // It needs row counts, not fine histograms: a 3,000-row sample (target 10) instead of
      // 30,000 makes ANALYZE of a national file's staged rows ~10× cheaper.
      await db.transaction(async (tx) => {
        await tx.execute(sql`set local default_statistics_target = 10`);
        for (const rule of rulesFor(kind, authority)) await tx.execute(raw(`analyze ${rule.spec.staged}`));
      });
      const counts: ImportEntityCounts[] = [];
      for (const rule of rulesFor(kind, authority)) counts.push(await previewTable(db, runId, rule));
      return counts;
    },
    async merge(runId, kind, { authority, now }) {
      // One merge at a time across API processes (the lock is the transaction's): each statement
      // then sees the rows an earlier merge committed, so the insert's `not exists` suffices and
      // needs no `on conflict` arbiter, whose speculative insertion costs ~25 % on a national file.
      await db.execute(sql`select pg_advisory_xact_lock(${MERGE_LOCK}::bigint)`);
      const counts: AppliedEntityCounts[] = [];
      for (const rule of rulesFor(kind, authority)) counts.push(await mergeTable(db, runId, rule, now));
      return counts;
    },
    async discard(runId) {
      for (const spec of STAGING_TABLES) await db.execute(sql`delete from ${raw(spec.staged)} where run_id = ${runId}::uuid`);
    },
  };
}

/**
 * Bulk load into a staging table with COPY (docs/reference/directory.md §6): the batch is written
 * in COPY text format and streamed on the transaction's connection, identically on PostgreSQL and
 * PGlite (copy-into.ts). A key listed twice in a file keeps its last line: within a batch the
 * reader already kept one row per key; a key an earlier batch staged makes the COPY fail on the
 * primary key, and that batch (rare: a national file lists each key once) is then loaded into a
 * temporary table and upserted, under a savepoint so that nothing else of the transaction is lost.
 */
async function stage<R extends object>(db: Db, spec: TableSpec, runId: string, rows: readonly R[]): Promise<void> {
  if (rows.length === 0) return;
  if (isTopLevel(db)) {
    await db.transaction((tx) => stage(tx as unknown as Db, spec, runId, rows));
    return;
  }
  const all = [...spec.key.map((k) => [k, 'text'] as const), ...spec.columns];
  const fields = [
    () => runId,
    ...all.map(([name, type]) => {
      const field = camel(name);
      return (row: R) => {
        const value = (row as Record<string, unknown>)[field];
        return value === undefined ? (type === 'boolean' ? false : null) : value;
      };
    }),
  ];
  const body = copyRows(rows, fields);
  const names = ['run_id', ...all.map(([name]) => name)];
  await db.execute(sql`savepoint maillon_stage`);
  try {
    await copyInto(db, spec.staged, names, body);
    await db.execute(sql`release savepoint maillon_stage`);
    return;
  } catch (error) {
    if (!isUniqueViolation(error)) throw error;
    await db.execute(sql`rollback to savepoint maillon_stage`);
  }
  const load = `maillon_load_${spec.entity}`;
  await db.execute(raw(`drop table if exists pg_temp.${load}`));
  await db.execute(raw(`create temp table ${load} on commit drop as select ${names.join(', ')} from ${spec.staged} with no data`));
  await copyInto(db, load, names, body);
  const updates = spec.columns.map(([name]) => `${name} = excluded.${name}`);
  await db.execute(
    raw(`insert into ${spec.staged} (${names.join(', ')}) select ${names.join(', ')} from ${load}
        on conflict (run_id, ${spec.key.join(', ')}) do update set ${updates.join(', ')}`),
  );
}

function isUniqueViolation(error: unknown): boolean {
  const e = error as { code?: string; cause?: { code?: string } } | null;
  return e?.code === '23505' || e?.cause?.code === '23505';
}

function camel(column: string): string {
  return column.replace(/_([a-z])/g, (_, c: string) => c.toUpperCase());
}
