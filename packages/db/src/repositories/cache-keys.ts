import { eq, inArray, sql } from 'drizzle-orm';
import type { Db } from '../client.ts';
import { preparedPerDb } from '../prepared.ts';
import { aciReferenceChanges, cptsPageVersions, referenceMeta, sessions, userGrants, users } from '../schema/index.ts';
import { createCptsRepository } from './cpts.repository.ts';
import { createDiagnosticRepository } from './diagnostic.repository.ts';
import { GEOGRAPHY_VERSION_KEYS, geographyVersionOf } from './geography.repository.ts';
import { SESSION_COLUMNS, sessionWithUserOf, unexpiredSession } from './identity.repository.ts';

/** What keys a process's version-keyed copies, as committed when read. */
export interface CacheKeys {
  /** Same string as `GeographyRepository.version()`. */
  geography: string;
  /** Same string as `CptsRepository.territoriesVersion()`. */
  territories: string;
  /** Same string as `DiagnosticRepository.directoryVersion()`. */
  directory: string;
  /** The number of stored edits of the ACI reference (append-only: each commit changes it). */
  aciReference: string;
  /** What else a CPTS page shows (migration 0029: identity, lifecycle, proposals, contracts, authors). */
  cptsPages: string;
  /** The values of the reference_meta rows the geography version is made of, null when absent (`GeographyRepository.meta`). */
  meta: ReadonlyMap<string, unknown>;
}

/** The geography's reference_meta rows and every other version, on each row. */
const KEY_COLUMNS = {
  key: referenceMeta.key,
  value: referenceMeta.value,
  updatedAt: referenceMeta.updatedAt,
  // As text: node-postgres and PGlite hand a bigint back differently.
  territories: sql<string | null>`(select version::text from territory_versions where id = 1)`,
  directory: sql<string | null>`(select version::text from directory_versions where id = 1)`,
  aciReference: sql<string>`(select count(*)::text from aci_reference_changes)`,
  cptsPages: sql<string | null>`(select version::text from cpts_page_versions where id = 1)`,
};

/** Read by every territorial GET: built once (prepared.ts). */
const cacheKeysQuery = preparedPerDb((db: Db) =>
  db.select(KEY_COLUMNS).from(referenceMeta).where(inArray(referenceMeta.key, GEOGRAPHY_VERSION_KEYS)).prepare('maillon_cache_keys'),
);

/**
 * A GET's session and the cache keys in one round trip (issue #11 item 3: a cached page then
 * costs one query). The geography's rows are left-joined, so the versions come back with the
 * session even before any reference_meta row exists.
 */
const sessionAndKeysQuery = preparedPerDb((db: Db) =>
  db
    .select({ ...SESSION_COLUMNS, ...KEY_COLUMNS })
    .from(sessions)
    .innerJoin(users, eq(users.id, sessions.userId))
    .leftJoin(userGrants, eq(userGrants.userId, users.id))
    .leftJoin(referenceMeta, inArray(referenceMeta.key, GEOGRAPHY_VERSION_KEYS))
    .where(unexpiredSession())
    .prepare('maillon_session_cache_keys'),
);

/** The versions besides the geography's, as each row of the keys queries carries them. */
interface Versions {
  territories: string | null;
  directory: string | null;
  aciReference: string;
  cptsPages: string | null;
}

/** A geography row, absent (nulls) where the session query found none to join. */
type MetaRow = { key: string | null; value: unknown; updatedAt: Date | null };

function cacheKeysOf(rows: readonly MetaRow[], versions: Versions): CacheKeys {
  // One row per geography key (a joined query repeats them per grant).
  const metaRows = [
    ...new Map(
      rows.flatMap((r) => (r.key && r.updatedAt ? [[r.key, { key: r.key, value: r.value, updatedAt: r.updatedAt }] as const] : [])),
    ).values(),
  ];
  // A key without its row is known too: absent when the version was read.
  const meta = new Map(GEOGRAPHY_VERSION_KEYS.map((key) => [key, metaRows.find((r) => r.key === key)?.value ?? null]));
  return {
    geography: geographyVersionOf(metaRows),
    territories: versions.territories ?? 'none',
    directory: versions.directory ?? 'none',
    aciReference: versions.aciReference,
    cptsPages: versions.cptsPages ?? 'none',
    meta,
  };
}

/**
 * The session of a token (as `IdentityRepository.findSessionWithUser`) and, when there is one,
 * the cache keys read with it; without a session the keys are not read (the request is refused).
 */
export async function readSessionWithCacheKeys(
  db: Db,
  tokenHash: string,
  now: Date,
): Promise<{ session: ReturnType<typeof sessionWithUserOf>; keys: CacheKeys | null }> {
  const rows = await sessionAndKeysQuery(db).execute({ tokenHash, now: now.toISOString() });
  const first = rows[0];
  return { session: sessionWithUserOf(rows), keys: first ? cacheKeysOf(rows, first) : null };
}

async function versionsWithoutGeography(db: Db): Promise<Versions> {
  const [territories, directory, aciReference, pages] = await Promise.all([
    createCptsRepository(db).territoriesVersion(),
    createDiagnosticRepository(db).directoryVersion(),
    db.$count(aciReferenceChanges).then(String),
    db.select({ version: cptsPageVersions.version }).from(cptsPageVersions),
  ]);
  return { territories, directory, aciReference, cptsPages: pages[0] ? String(pages[0].version) : null };
}

/**
 * The geography, territories, directory, ACI reference and CPTS page versions (and the geography's reference_meta
 * values) in one round trip: every territorial request checks them before using the copies this process keeps
 * (issue #11 item 3: at thousands of requests per second, each query per request counts).
 */
export async function readCacheKeys(db: Db): Promise<CacheKeys> {
  const rows = await cacheKeysQuery(db).execute();
  // No reference_meta row yet (a database before its first start): the other versions alone.
  return cacheKeysOf(rows, rows[0] ?? (await versionsWithoutGeography(db)));
}
