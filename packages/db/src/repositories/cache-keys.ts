import { inArray, sql } from 'drizzle-orm';
import type { Db } from '../client.ts';
import { preparedPerDb } from '../prepared.ts';
import { aciReferenceChanges, cptsPageVersions, referenceMeta } from '../schema/index.ts';
import { createCptsRepository } from './cpts.repository.ts';
import { createDiagnosticRepository } from './diagnostic.repository.ts';
import { GEOGRAPHY_VERSION_KEYS, geographyVersionOf } from './geography.repository.ts';

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

/** Read by every territorial GET: built once (prepared.ts). */
const cacheKeysQuery = preparedPerDb((db: Db) =>
  db
    .select({
      key: referenceMeta.key,
      value: referenceMeta.value,
      updatedAt: referenceMeta.updatedAt,
      // As text: node-postgres and PGlite hand a bigint back differently.
      territories: sql<string | null>`(select version::text from territory_versions where id = 1)`,
      directory: sql<string | null>`(select version::text from directory_versions where id = 1)`,
      aciReference: sql<string>`(select count(*)::text from aci_reference_changes)`,
      cptsPages: sql<string | null>`(select version::text from cpts_page_versions where id = 1)`,
    })
    .from(referenceMeta)
    .where(inArray(referenceMeta.key, GEOGRAPHY_VERSION_KEYS))
    .prepare('maillon_cache_keys'),
);

async function versionsWithoutGeography(
  db: Db,
): Promise<{ territories: string | null; directory: string | null; aciReference: string; cptsPages: string | null }> {
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
  const first = rows[0] ?? (await versionsWithoutGeography(db));
  // A key without its row is known too: absent when the version was read.
  const meta = new Map(GEOGRAPHY_VERSION_KEYS.map((key) => [key, rows.find((r) => r.key === key)?.value ?? null]));
  return {
    geography: geographyVersionOf(rows),
    territories: first.territories ?? 'none',
    directory: first.directory ?? 'none',
    aciReference: first.aciReference,
    cptsPages: first.cptsPages ?? 'none',
    meta,
  };
}
