import type { CptsRecord, CptsRepository, CptsTerritoryRow } from '@maillon/domain';

/**
 * `CptsRepository.list` with each CPTS's départements taken from the version-keyed copy of
 * every territory (composition/coverage-index-cache.ts) instead of being aggregated in SQL from
 * every unit of every CPTS on each request (issue #11 item 3: the CPTS list). The rows
 * themselves are read live; a CPTS the copy does not hold yet (created since its version was
 * read) gets its départements from the database, as before.
 */
export function cachedCptsList(
  stored: Pick<CptsRepository, 'list' | 'identities'>,
  territories: () => Promise<readonly CptsTerritoryRow[]>,
): CptsRepository['list'] {
  return async (filter) => {
    const [rows, all] = await Promise.all([stored.identities(filter), territories()]);
    const known = new Map(all.map((t) => [t.id, t.departementCodes]));
    const missing = rows.filter((r) => !known.has(r.id)).map((r) => r.id);
    const late = missing.length > 0 ? new Map((await stored.list({ ids: missing })).map((r) => [r.id, r.departementCodes])) : null;
    return rows.flatMap((row): CptsRecord[] => {
      const departementCodes = known.get(row.id) ?? late?.get(row.id);
      // Gone between the two reads: left out, as a list read a moment later would.
      return departementCodes ? [{ ...row, departementCodes: [...departementCodes] }] : [];
    });
  };
}
