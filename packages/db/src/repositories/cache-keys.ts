import { inArray, sql } from 'drizzle-orm';
import type { Db } from '../client.ts';
import { referenceMeta } from '../schema/index.ts';
import { createCptsRepository } from './cpts.repository.ts';
import { GEOGRAPHY_VERSION_KEYS, geographyVersionOf } from './geography.repository.ts';

/** What keys a process's version-keyed copies, as committed when read. */
export interface CacheKeys {
  /** Same string as `GeographyRepository.version()`. */
  geography: string;
  /** Same string as `CptsRepository.territoriesVersion()`. */
  territories: string;
  /** The values of the reference_meta rows the geography version is made of, null when absent (`GeographyRepository.meta`). */
  meta: ReadonlyMap<string, unknown>;
}

/**
 * The geography and territories versions (and the geography's reference_meta values) in one
 * round trip: every territorial request checks both before using the copies this process keeps
 * (issue #11 item 3: at thousands of requests per second, each query per request counts).
 */
export async function readCacheKeys(db: Db): Promise<CacheKeys> {
  const rows = await db
    .select({
      key: referenceMeta.key,
      value: referenceMeta.value,
      updatedAt: referenceMeta.updatedAt,
      // As text: node-postgres and PGlite hand a bigint back differently.
      territories: sql<string | null>`(select version::text from territory_versions where id = 1)`,
    })
    .from(referenceMeta)
    .where(inArray(referenceMeta.key, GEOGRAPHY_VERSION_KEYS));
  // No reference row yet (a database before its first start): the territories version alone.
  const territories = rows[0] ? (rows[0].territories ?? 'none') : await createCptsRepository(db).territoriesVersion();
  // A key without its row is known too: absent when the version was read.
  const meta = new Map(GEOGRAPHY_VERSION_KEYS.map((key) => [key, rows.find((r) => r.key === key)?.value ?? null]));
  return { geography: geographyVersionOf(rows), territories, meta };
}
