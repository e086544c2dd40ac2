import type {
  AppliedEntityCounts,
  ImportAuthority,
  ImportEntity,
  ImportEntityCounts,
  ImportStagingRepository,
  StagedFileKind,
  StagedRowBytes,
  StagingStream,
} from '@maillon/domain';
import { STAGED_ACTIVITY_COLUMNS, STAGED_PROFESSIONAL_COLUMNS } from '@maillon/domain';
import { type SQL, sql } from 'drizzle-orm';
import type { Db } from '../client.ts';
import { type CopyStream, copyInto, copyStream, isTopLevel } from '../copy/copy-into.ts';
import { copyFieldsEncoder, parseCopyLine } from '../copy/copy-text.ts';
import { KeySet } from '../copy/key-set.ts';

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

async function exists(db: Db, query: SQL): Promise<boolean> {
  const result = (await db.execute(query)) as unknown as { rows: unknown[] };
  return result.rows.length > 0;
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
  // Only a row present before the merge may be gone after it (the merge writes present rows stamped
  // with the run): a first national import, into an empty directory, then skips the gone update,
  // a scan of every row it has just inserted (~0.3 s for a million). A row another writer commits
  // during the merge is not marked gone, as it would not be had it committed after that update began.
  const anyPresent = rule.marksGone && (await exists(db, sql`select 1 from ${raw(spec.live)} where present limit 1`));
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
  if (anyPresent) {
    const stamps = Object.entries({ last_import_id: sql`${runId}::uuid`, ...spec.stamps(now) }).map(
      ([column, value]) => sql`, ${raw(column)} = ${value}`,
    );
    // Rows this merge just inserted or updated (stamped with the run) are in the file: only the
    // others are looked up in the staged rows. A first national import, all inserts, then scans
    // the live table once instead of anti-joining it with a million staged rows.
    gone = await count(
      db,
      sql`update ${raw(spec.live)} as l set present = false${sql.join(stamps, sql``)}
          where l.present and l.last_import_id is distinct from ${runId}::uuid
            and not exists (select 1 from ${raw(spec.staged)} s where s.run_id = ${runId}::uuid and ${keyMatch(spec)})`,
    );
  }
  return { entity: spec.entity, added, updated, gone };
}

export function createImportStagingRepository(db: Db): ImportStagingRepository {
  return {
    open: (runId) => openStaging(db, runId),
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

/** Beyond this many keys seen twice, deduplication looks at the whole run rather than at those keys. */
const LISTED_DUPLICATES = 10_000;

/** What a staging stream knows of one table: its COPY stream, and the keys written. */
interface TableStaging {
  spec: TableSpec;
  names: readonly string[];
  /** Rows as COPY text, the key's fields first, without the run and ordinal the stream adds. */
  encode: (rows: readonly object[]) => string;
  keys: KeySet;
  /** First-key values of keys (probably) written twice; null once there are too many to list. */
  repeated: Set<string> | null;
  stream: Promise<CopyStream | null> | null;
}

/** The row layouts the RPPS reader writes as bytes (directory/staged-rows.ts) are these tables' own. */
for (const [spec, columns] of [
  [PROFESSIONALS, STAGED_PROFESSIONAL_COLUMNS],
  [ACTIVITIES, STAGED_ACTIVITY_COLUMNS],
] as const) {
  if ([...spec.key, ...spec.columns.map(([c]) => c)].join() !== columns.join()) throw new Error(`staging: colonnes de ${spec.staged}`);
}

/**
 * Bulk load into the staging tables with COPY (docs/reference/directory.md §6), in COPY text
 * format: on a PostgreSQL pool, one COPY per table for the whole file, each on its own connection
 * (copyStream); on PGlite or inside a transaction, one COPY per write (copyInto). Rows carry the
 * order they were written in (`seq`), and the stream remembers each key's hash (KeySet, over the
 * key fields' COPY bytes): when it ends, a key written twice (rare: a national file lists each key
 * once) keeps only its last row, the file's later line, as the importer always did. Rows come as
 * objects (encoded here) or already as COPY text (the RPPS reader); either way the stream puts
 * the run and the ordinal in front of each line.
 */
function openStaging(db: Db, runId: string): StagingStream {
  let seq = 0;
  let closed = false;
  const lead = Buffer.from(`${runId}\t`);
  const tables = new Map<ImportEntity, TableStaging>();
  const tableOf = (spec: TableSpec): TableStaging => {
    let table = tables.get(spec.entity);
    if (!table) {
      const all = [...spec.key.map((k) => [k, 'text'] as const), ...spec.columns];
      table = {
        spec,
        names: ['run_id', 'seq', ...all.map(([name]) => name)],
        encode: copyFieldsEncoder(all.map(([name, type]) => ({ name: camel(name), absent: type === 'boolean' ? false : null }))),
        keys: new KeySet(),
        repeated: new Set(),
        stream: null,
      };
      tables.set(spec.entity, table);
    }
    return table;
  };
  const writeRows = async (spec: TableSpec, rows: StagedRowBytes) => {
    if (closed) throw new Error('staging: stream closed');
    if (rows.rows === 0) return;
    const table = tableOf(spec);
    const source = Buffer.from(rows.bytes.buffer, rows.bytes.byteOffset, rows.length);
    // Each line gains the run, its ordinal (at most 16 digits) and two tabs.
    const body = Buffer.allocUnsafe(rows.length + rows.rows * (lead.length + 18));
    const keyFields = spec.key.length;
    let at = 0;
    let position = 0;
    while (position < source.length) {
      const newline = source.indexOf(10, position);
      const end = newline === -1 ? source.length : newline;
      let keyEnd = position - 1;
      for (let k = 0; k < keyFields; k++) {
        const tab = source.indexOf(9, keyEnd + 1);
        keyEnd = tab === -1 || tab > end ? end : tab;
      }
      if (table.keys.addBytes(source, position, keyEnd) && table.repeated) {
        const firstTab = source.indexOf(9, position);
        const first = source.toString('utf8', position, firstTab === -1 || firstTab > end ? end : firstTab);
        table.repeated.add(parseCopyLine(first)[0] as string);
        if (table.repeated.size > LISTED_DUPLICATES) table.repeated = null;
      }
      at += lead.copy(body, at);
      at += body.write(String(++seq), at, 'latin1');
      body[at++] = 9;
      at += source.copy(body, at, position, end);
      body[at++] = 10;
      position = end + 1;
    }
    const text = body.subarray(0, at);
    table.stream ??= copyStream(db, spec.staged, table.names);
    const stream = await table.stream;
    if (stream) await stream.write(text);
    else if (isTopLevel(db)) await db.transaction((tx) => copyInto(tx as unknown as Db, spec.staged, table.names, text));
    else await copyInto(db, spec.staged, table.names, text);
  };
  const write = async <R extends object>(spec: TableSpec, rows: readonly R[]) => {
    if (closed) throw new Error('staging: stream closed');
    if (rows.length === 0) return;
    const bytes = Buffer.from(tableOf(spec).encode(rows));
    await writeRows(spec, { bytes, length: bytes.length, rows: rows.length });
  };
  const streams = async () =>
    (await Promise.allSettled([...tables.values()].map((t) => t.stream))).map((r) => (r.status === 'fulfilled' ? r.value : null));
  return {
    stageProfessionals: (rows) => write(PROFESSIONALS, rows),
    stageActivities: (rows) => write(ACTIVITIES, rows),
    stageSkills: (rows) => write(SKILLS, rows),
    stageEstablishments: (rows) => write(ESTABLISHMENTS, rows),
    stageProfessionalRows: (rows) => writeRows(PROFESSIONALS, rows),
    stageActivityRows: (rows) => writeRows(ACTIVITIES, rows),
    async close() {
      closed = true;
      try {
        for (const stream of await streams()) await stream?.end();
      } catch (error) {
        await this.abort();
        throw error;
      }
      for (const table of tables.values()) {
        if (table.repeated === null || table.repeated.size > 0) await keepLastRows(db, runId, table.spec, table.repeated);
      }
    },
    async abort() {
      closed = true;
      for (const stream of await streams()) await stream?.abort();
    },
  };
}

/**
 * Of each key the run staged more than once, deletes all rows but the last (highest `seq`); only
 * the keys whose first column is in `among` when given (the stream's list), all of them otherwise.
 */
async function keepLastRows(db: Db, runId: string, spec: TableSpec, among: ReadonlySet<string> | null): Promise<void> {
  const keys = spec.key.join(', ');
  const only = among ? sql` and ${raw(spec.key[0] as string)} = any(${sql.param([...among])}::text[])` : sql``;
  await db.execute(sql`
    delete from ${raw(spec.staged)} s
    using (select ${raw(keys)}, max(seq) as seq from ${raw(spec.staged)}
           where run_id = ${runId}::uuid${only} group by ${raw(keys)} having count(*) > 1) last
    where s.run_id = ${runId}::uuid and ${raw(spec.key.map((k) => `s.${k} = last.${k}`).join(' and '))} and s.seq < last.seq`);
}

function camel(column: string): string {
  return column.replace(/_([a-z])/g, (_, c: string) => c.toUpperCase());
}
