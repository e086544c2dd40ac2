import { densityPer10k, densityRatio } from './density.ts';
import { compareEstablishmentKinds, compareProfessionLines, establishmentKindLabel, professionLineLabel } from './diagnostic-lines.ts';

export type DiagnosticScopeKind = 'territory' | 'departement' | 'region' | 'france';

/** Key of a scope in counts and results: "territory", "departement:04", "region:93", "france". */
export function diagnosticScopeKey(kind: DiagnosticScopeKind, code?: string): string {
  return kind === 'territory' || kind === 'france' ? kind : `${kind}:${code ?? ''}`;
}

/**
 * How much of a scope the directory holds: the départements of the scope, and how many of them
 * have professionals in it. A scope is compared with only when the directory covers all of them
 * (docs/reference/directory.md §5): a directory loaded for one region says nothing of France.
 */
export interface DirectoryCoverage {
  departements: number;
  withDirectory: number;
  comparable: boolean;
}

export interface DiagnosticScope {
  key: string;
  kind: DiagnosticScopeKind;
  code: string | null;
  label: string;
  population: number;
  directoryCoverage: DirectoryCoverage;
}

/** The directory's coverage of a scope made of these départements. */
export function directoryCoverage(scopeDepartements: readonly string[], withDirectory: ReadonlySet<string>): DirectoryCoverage {
  const codes = new Set(scopeDepartements);
  const covered = [...codes].filter((code) => withDirectory.has(code)).length;
  return { departements: codes.size, withDirectory: covered, comparable: codes.size > 0 && covered === codes.size };
}

/** A count from the directory: in scope `scopeKey`, line `key` (profession or kind) counts `count`. */
export interface ScopeCount {
  scopeKey: string;
  key: string;
  /** Label as published by the registry (profession label); kinds are labelled here. */
  label: string;
  count: number;
}

export interface DiagnosticCell {
  count: number;
  densityPer10k: number | null;
  /** Territory density over this scope's density; null on the territory itself. */
  territoryRatio: number | null;
}

export interface DiagnosticLine {
  key: string;
  label: string;
  /** One cell per scope, in the order of `scopes`. */
  cells: DiagnosticCell[];
}

export interface TerritorialDiagnostic {
  scopes: DiagnosticScope[];
  professions: DiagnosticLine[];
  /** Every professional counted once per scope (each belongs to exactly one line). */
  professionsTotal: DiagnosticLine;
  establishments: DiagnosticLine[];
  establishmentsTotal: DiagnosticLine;
}

function linesOf(options: {
  scopes: readonly DiagnosticScope[];
  counts: readonly ScopeCount[];
  label: (key: string, registryLabel: string) => string;
}): { key: string; label: string; counts: number[] }[] {
  const position = new Map(options.scopes.map((scope, i) => [scope.key, i]));
  const lines = new Map<string, { key: string; label: string; counts: number[] }>();
  for (const count of options.counts) {
    const i = position.get(count.scopeKey);
    if (i === undefined) continue;
    let line = lines.get(count.key);
    if (!line) {
      line = { key: count.key, label: options.label(count.key, count.label), counts: options.scopes.map(() => 0) };
      lines.set(count.key, line);
    }
    line.counts[i] = (line.counts[i] ?? 0) + count.count;
  }
  return [...lines.values()];
}

function toLine(scopes: readonly DiagnosticScope[], line: { key: string; label: string; counts: number[] }): DiagnosticLine {
  const territory = { count: line.counts[0] ?? 0, population: scopes[0]?.population ?? 0 };
  return {
    key: line.key,
    label: line.label,
    cells: scopes.map((scope, i) => {
      const count = line.counts[i] ?? 0;
      // A scope the directory covers only in part has no meaningful density to compare with.
      const comparable = i === 0 || scope.directoryCoverage.comparable;
      return {
        count,
        densityPer10k: comparable ? densityPer10k(count, scope.population) : null,
        territoryRatio: i === 0 || !comparable ? null : densityRatio(territory, { count, population: scope.population }),
      };
    }),
  };
}

function total(scopes: readonly DiagnosticScope[], lines: readonly { counts: number[] }[], label: string): DiagnosticLine {
  const counts = scopes.map((_, i) => lines.reduce((sum, line) => sum + (line.counts[i] ?? 0), 0));
  return toLine(scopes, { key: 'total', label, counts });
}

/**
 * Composes the territorial diagnostic (issue #3 point 6) from directory counts per scope: the
 * territory first, then the wider scopes it is compared with (département(s), region, France).
 * Every line present in any scope is shown, with zeros where absent; small counts are shown as
 * they are (public registry data, never suppressed).
 */
export function composeDiagnostic(input: {
  scopes: readonly DiagnosticScope[];
  professionCounts: readonly ScopeCount[];
  establishmentCounts: readonly ScopeCount[];
}): TerritorialDiagnostic {
  const { scopes } = input;
  if (scopes[0]?.kind !== 'territory') throw new Error('The first scope of a diagnostic is the territory.');
  const professions = linesOf({ scopes, counts: input.professionCounts, label: professionLineLabel }).sort(compareProfessionLines);
  const establishments = linesOf({ scopes, counts: input.establishmentCounts, label: (key) => establishmentKindLabel(key) }).sort(
    compareEstablishmentKinds,
  );
  return {
    scopes: [...scopes],
    professions: professions.map((line) => toLine(scopes, line)),
    professionsTotal: total(scopes, professions, 'Ensemble des professionnels'),
    establishments: establishments.map((line) => toLine(scopes, line)),
    establishmentsTotal: total(scopes, establishments, 'Ensemble des établissements'),
  };
}

/**
 * The region a draft perimeter is compared with when none is given: the one holding most of its
 * population (a perimeter may straddle a regional border); ties go to the smaller code.
 */
export function dominantRegion(units: readonly { regionCode: string | null; population: number }[]): string | null {
  const byRegion = new Map<string, number>();
  for (const unit of units) {
    if (unit.regionCode) byRegion.set(unit.regionCode, (byRegion.get(unit.regionCode) ?? 0) + unit.population);
  }
  let best: string | null = null;
  for (const [code, population] of [...byRegion].sort(([a], [b]) => a.localeCompare(b))) {
    if (best === null || population > (byRegion.get(best) ?? 0)) best = code;
  }
  return best;
}
