import type { CacheKeys } from '@maillon/db';
import type { CoverageScope, Principal } from '@maillon/domain';
import { createSerialisedPageCache, type SerialisedPageCache } from './serialised-page-cache.ts';

/**
 * The CPTS pages and lists and the coverage answers this process has built, serialised (issue #11
 * item 3: `GET /api/cpts/:id`, `GET /api/cpts` and `GET /api/coverage` at thousands of requests
 * per second). Bounded in bytes: a
 * page weighs a few to a few tens of KB, so this holds thousands of (CPTS, viewer) pairs.
 */
export function createCptsPageCache(maxBytes = 64 * 1024 * 1024): SerialisedPageCache {
  return createSerialisedPageCache({ maxBytes });
}

/**
 * Everything a CPTS page is made of, as versions read in one query at the start of the request
 * (readCacheKeys): the geography (units, names, populations), every CPTS's territory, stage and
 * name (the overlaps name the neighbours), the ACI reference, the page's own records (migration
 * 0029), the day (deadlines and their status move with it) and who reads (what they may see and
 * do: the permissions and the overlaps' detail depend on their grants).
 */
export function cptsPageKey(id: string, keys: CacheKeys, today: string, principal: Principal): string {
  return JSON.stringify([
    'page',
    id,
    keys.geography,
    keys.territories,
    keys.aciReference,
    keys.cptsPages,
    today,
    principal.userId,
    principal.grants,
  ]);
}

/**
 * What the CPTS list is made of: the region asked, the CPTS rows (stage, name, identity: the
 * territories and page versions), every territory (units, population: the territories version
 * and the geography) and who reads (which CPTS they may see). No date enters it.
 */
export function cptsListKey(regionCode: string | undefined, keys: CacheKeys, principal: Principal): string {
  return JSON.stringify(['list', regionCode ?? null, keys.geography, keys.territories, keys.cptsPages, principal.userId, principal.grants]);
}

/**
 * What a coverage answer is made of: the scope asked, the geography (units, populations, names,
 * the COG and contour sources), every CPTS's territory, stage and name (territories version), the
 * region's « 100 % CPTS » plans (page version: migration 0033), the day (overdue plans) and who
 * reads (whether they may see the scope). The map's unit levels depend on neither plans nor day.
 */
export function coverageKey(
  view: 'coverage' | 'units',
  scope: CoverageScope,
  keys: CacheKeys,
  today: string,
  principal: Principal,
): string {
  const code = scope.kind === 'france' ? null : scope.code;
  const dated = view === 'coverage' ? [keys.cptsPages, today] : [];
  return JSON.stringify([view, scope.kind, code, keys.geography, keys.territories, ...dated, principal.userId, principal.grants]);
}
