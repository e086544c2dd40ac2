import type { DirectorySourcesDto } from '@maillon/contracts';
import type { DiagnosticRepository, DirectoryScope, ScopeCount, TerritoryIndex } from '@maillon/domain';

export interface ScopeCounts {
  professionCounts: readonly ScopeCount[];
  establishmentCounts: readonly ScopeCount[];
}

/**
 * What every copy is keyed by: the reference geography (the index object, one per geography
 * version: units, their départements and regions) and the directory version read from the
 * database (migration 0028: bumped by triggers with every write to what the figures read).
 */
export interface DirectoryAt {
  geography: TerritoryIndex;
  directory: string;
}

/** The diagnostic's directory figures, kept per (geography, directory version) by each application instance. */
export interface DirectoryCountsCache {
  /** Counts of these scopes: the territory (per set of units) and the wide scopes it is compared with. */
  counts(
    diagnostic: Pick<DiagnosticRepository, 'professionCounts' | 'establishmentCounts'>,
    at: DirectoryAt,
    scopes: readonly DirectoryScope[],
  ): Promise<ScopeCounts>;
  /** The départements the directory holds professionals in (one scan of the directory per version). */
  departementsWithProfessionals(
    diagnostic: Pick<DiagnosticRepository, 'departementsWithProfessionals'>,
    at: DirectoryAt,
  ): Promise<Set<string>>;
  /** The data sources named under the figures (the latest applied imports and the COG's vintage). */
  sources(at: DirectoryAt, read: () => Promise<DirectorySourcesDto>): Promise<DirectorySourcesDto>;
  /** A perimeter's composed figures (`key` names the perimeter), computed by `compose` when not kept for this version. */
  figures<T extends object>(at: DirectoryAt, key: string, compose: () => Promise<T>): Promise<T>;
}

/** The same string for the same set of units, in whatever order and with whatever repetitions they are listed. */
export const unitSetKey = (unitCodes: readonly string[]) => [...new Set(unitCodes)].sort().join(',');

/** Wide scopes kept: France, every region and every département fit well within it. */
const MAX_WIDE = 256;
/** Territories kept (CPTS and draft perimeters): about every CPTS of France, a few hundred counts each. */
const MAX_TERRITORIES = 2048;
/** Composed diagnostics kept (some tens of kB each): the CPTS read most. */
const MAX_FIGURES = 512;

type Single =
  | { kind: 'territory'; unitCodes: readonly string[] }
  | { kind: 'departement'; code: string }
  | { kind: 'region'; code: string }
  | { kind: 'france' };

function keyOf(scope: Single): string {
  switch (scope.kind) {
    case 'territory':
      // The counts depend on the set of units only: the same territory listed in another order is the same entry.
      return `territory:${unitSetKey(scope.unitCodes)}`;
    case 'france':
      return 'france';
    default:
      return `${scope.kind}:${scope.code}`;
  }
}

function singlesOf(scope: DirectoryScope): Single[] {
  switch (scope.kind) {
    case 'departements':
      return scope.codes.map((code) => ({ kind: 'departement', code }));
    default:
      return [scope];
  }
}

function toDirectoryScope(scope: Single): DirectoryScope {
  return scope.kind === 'departement' ? { kind: 'departements', codes: [scope.code] } : scope;
}

const sameAt = (a: DirectoryAt, b: DirectoryAt) => a.geography === b.geography && a.directory === b.directory;

/**
 * A bounded map of promises, least recently used first out, each valid for one (geography,
 * directory version): an entry of another version is recomputed, never served. A failed
 * computation is forgotten, so the next request tries again.
 */
function versionedLru<V>(max: number) {
  const entries = new Map<string, { at: DirectoryAt; value: Promise<V> }>();
  return (key: string, at: DirectoryAt, compute: () => Promise<V>): Promise<V> => {
    const cached = entries.get(key);
    entries.delete(key);
    if (cached && sameAt(cached.at, at)) {
      entries.set(key, cached);
      return cached.value;
    }
    const entry = { at, value: compute() };
    entries.set(key, entry);
    if (entries.size > max) entries.delete(entries.keys().next().value as string);
    entry.value.catch(() => {
      if (entries.get(key) === entry) entries.delete(key);
    });
    return entry.value;
  };
}

/**
 * Keeps the directory figures of the diagnostic per (geography, directory version): counting
 * France means grouping every activity of the national extraction (seconds on a million lines),
 * and even a territory's counts cost PostgreSQL more than the rest of the request. The version is
 * one row that database triggers bump in the same transaction as every write to the directory
 * (migration 0028) and that the caller reads on each request, so a write committed by any code
 * path or API process is seen by all processes on their next request (no single-process
 * assumption). The version is read before the figures, so a copy is never older than its key.
 * Everything handed out is frozen: one copy is shared by every request of this process.
 */
export function createDirectoryCountsCache(): DirectoryCountsCache {
  const wide = versionedLru<ScopeCounts>(MAX_WIDE);
  const territories = versionedLru<ScopeCounts>(MAX_TERRITORIES);
  const covered = versionedLru<Set<string>>(1);
  const sources = versionedLru<DirectorySourcesDto>(1);
  const figures = versionedLru<object>(MAX_FIGURES);
  return {
    async departementsWithProfessionals(repo, at) {
      return covered('covered', at, () => repo.departementsWithProfessionals().then((codes) => new Set(codes)));
    },
    sources: (at, read) => sources('sources', at, () => read().then(deepFreeze)),
    figures: <T extends object>(at: DirectoryAt, key: string, compose: () => Promise<T>) =>
      figures(key, at, () => compose().then(deepFreeze)) as Promise<T>,
    async counts(repo, at, scopes) {
      const all = await Promise.all(
        scopes.flatMap(singlesOf).map((scope) =>
          (scope.kind === 'territory' ? territories : wide)(keyOf(scope), at, async () => {
            const target = [toDirectoryScope(scope)];
            const [professionCounts, establishmentCounts] = await Promise.all([
              repo.professionCounts(target),
              repo.establishmentCounts(target),
            ]);
            return deepFreeze({ professionCounts, establishmentCounts });
          }),
        ),
      );
      if (all.length === 1 && all[0]) return all[0];
      return {
        professionCounts: all.flatMap((c) => c.professionCounts),
        establishmentCounts: all.flatMap((c) => c.establishmentCounts),
      };
    },
  };
}

function deepFreeze<T>(value: T): T {
  if (value && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const inner of Object.values(value)) deepFreeze(inner);
  }
  return value;
}
