import type { DiagnosticRepository, DirectoryScope, ScopeCount } from '@maillon/domain';

export interface ScopeCounts {
  professionCounts: ScopeCount[];
  establishmentCounts: ScopeCount[];
}

/** Counts of the wide scopes a territory is compared with (département, region, France). */
export interface WideScopeCache {
  counts(
    diagnostic: Pick<DiagnosticRepository, 'directoryVersion' | 'professionCounts' | 'establishmentCounts'>,
    scopes: readonly Exclude<DirectoryScope, { kind: 'territory' }>[],
  ): Promise<ScopeCounts>;
  /** The départements the directory holds professionals in (one scan of the directory per version). */
  departementsWithProfessionals(
    diagnostic: Pick<DiagnosticRepository, 'directoryVersion' | 'departementsWithProfessionals'>,
  ): Promise<Set<string>>;
}

/** Entries kept: France, every region and every département fit well within it. */
const MAX_ENTRIES = 256;

type Single = { kind: 'departement'; code: string } | { kind: 'region'; code: string } | { kind: 'france' };

const keyOf = (scope: Single) => (scope.kind === 'france' ? 'france' : `${scope.kind}:${scope.code}`);

function singlesOf(scope: Exclude<DirectoryScope, { kind: 'territory' }>): Single[] {
  switch (scope.kind) {
    case 'departements':
      return scope.codes.map((code) => ({ kind: 'departement', code }));
    case 'region':
      return [{ kind: 'region', code: scope.code }];
    case 'france':
      return [{ kind: 'france' }];
  }
}

function toDirectoryScope(scope: Single): Exclude<DirectoryScope, { kind: 'territory' }> {
  return scope.kind === 'departement' ? { kind: 'departements', codes: [scope.code] } : scope;
}

/**
 * Keeps the counts of wide scopes per directory version: counting France means grouping every
 * activity of the national extraction (seconds on a million lines), and these counts only change
 * with an import. The version is read from the database on every call, so an import made by any
 * API process is seen by all (no single-process assumption). The territory itself is always
 * counted live.
 */
export function createWideScopeCache(): WideScopeCache {
  const entries = new Map<string, { version: string; counts: Promise<ScopeCounts> }>();
  let covered: { version: string; codes: Promise<Set<string>> } | null = null;
  return {
    async departementsWithProfessionals(repo) {
      const version = await repo.directoryVersion();
      if (covered?.version !== version) covered = { version, codes: repo.departementsWithProfessionals().then((codes) => new Set(codes)) };
      return covered.codes;
    },
    async counts(repo, scopes) {
      const version = await repo.directoryVersion();
      const results = scopes.flatMap(singlesOf).map((scope) => {
        const key = keyOf(scope);
        const cached = entries.get(key);
        if (cached?.version === version) return cached.counts;
        const target = [toDirectoryScope(scope)];
        const counts = Promise.all([repo.professionCounts(target), repo.establishmentCounts(target)]).then(
          ([professionCounts, establishmentCounts]) => ({ professionCounts, establishmentCounts }),
        );
        entries.delete(key);
        entries.set(key, { version, counts });
        if (entries.size > MAX_ENTRIES) entries.delete(entries.keys().next().value as string);
        counts.catch(() => {
          if (entries.get(key)?.counts === counts) entries.delete(key);
        });
        return counts;
      });
      const all = await Promise.all(results);
      return {
        professionCounts: all.flatMap((c) => c.professionCounts),
        establishmentCounts: all.flatMap((c) => c.establishmentCounts),
      };
    },
  };
}
