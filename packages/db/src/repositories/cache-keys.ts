import { eq, inArray, sql } from 'drizzle-orm';
import type { Db } from '../client.ts';
import { preparedPerDb } from '../prepared.ts';
import { aciReferenceChanges, cptsPageVersions, referenceMeta, sessions, userGrants, users } from '../schema/index.ts';
import { createCptsRepository } from './cpts.repository.ts';
import { createDiagnosticRepository } from './diagnostic.repository.ts';
import { GEOGRAPHY_VERSION_KEYS, geographyVersionOf } from './geography.repository.ts';
import { SESSION_COLUMNS, sessionWithUserOf } from './identity.repository.ts';

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
 * The sessions of some tokens and the cache keys in one round trip (issue #11 item 3: a cached
 * page then costs one query, shared by the requests that arrived together: http/tick-batch.ts).
 * The geography's rows are left-joined, so the versions come back with a session even before any
 * reference_meta row exists. Expiry is checked per request, against each one's own clock.
 */
const sessionsAndKeysQuery = preparedPerDb((db: Db) =>
  db
    .select({ tokenHash: sessions.tokenHash, ...SESSION_COLUMNS, ...KEY_COLUMNS })
    .from(sessions)
    .innerJoin(users, eq(users.id, sessions.userId))
    .leftJoin(userGrants, eq(userGrants.userId, users.id))
    .leftJoin(referenceMeta, inArray(referenceMeta.key, GEOGRAPHY_VERSION_KEYS))
    .where(sql`${sessions.tokenHash} = any(${sql.placeholder('tokenHashes')}::text[])`)
    .prepare('maillon_sessions_cache_keys'),
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

type FoundSession = ReturnType<typeof sessionWithUserOf>;

/** What one read of some tokens found: each token's session, and the keys read in the same query. */
export interface SessionsWithCacheKeys {
  /** The token's session if it is still valid at `now` (as `IdentityRepository.findSessionWithUser`). */
  sessionOf(tokenHash: string, now: Date): FoundSession;
  /** Null when none of the tokens had a session (nothing was joined to read them from). */
  keys: CacheKeys | null;
}

/** The sessions of these tokens (unknown ones are absent) and the cache keys, in one query. */
export async function readSessionsWithCacheKeys(db: Db, tokenHashes: readonly string[]): Promise<SessionsWithCacheKeys> {
  const rows = await sessionsAndKeysQuery(db).execute({ tokenHashes: [...tokenHashes] });
  const byToken = new Map<string, typeof rows>();
  for (const row of rows) {
    const own = byToken.get(row.tokenHash);
    if (own) own.push(row);
    else byToken.set(row.tokenHash, [row]);
  }
  const first = rows[0];
  return {
    sessionOf(tokenHash, now) {
      const found = sessionWithUserOf(byToken.get(tokenHash) ?? []);
      return found && found.session.expiresAt.getTime() > now.getTime() ? found : null;
    },
    keys: first ? cacheKeysOf(rows, first) : null,
  };
}

/**
 * The session of a token (as `IdentityRepository.findSessionWithUser`) and, when there is one,
 * the cache keys read with it; without a session the keys are not given (the request is refused).
 */
export async function readSessionWithCacheKeys(
  db: Db,
  tokenHash: string,
  now: Date,
): Promise<{ session: FoundSession; keys: CacheKeys | null }> {
  const read = await readSessionsWithCacheKeys(db, [tokenHash]);
  const session = read.sessionOf(tokenHash, now);
  return { session, keys: session ? read.keys : null };
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
