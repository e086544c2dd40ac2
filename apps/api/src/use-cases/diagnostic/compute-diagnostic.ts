import type { DiagnosticDto } from '@maillon/contracts';
import type { DirectoryScope } from '@maillon/domain';
import {
  composeDiagnostic,
  type DiagnosticScope,
  diagnosticScopeKey,
  directoryCoverage,
  regionsOutsideAciField,
  scopePopulations,
  type TerritoryIndex,
} from '@maillon/domain';
import type { DiagnosticPorts } from './diagnostic-ports.ts';
import { type DirectoryAt, type DirectoryCountsCache, unitSetKey } from './directory-counts-cache.ts';
import { directorySources } from './directory-sources.ts';

/** What is diagnosed: a CPTS territory or a draft perimeter (already validated unit codes). */
export interface DiagnosticPerimeter {
  cptsId: string | null;
  name: string;
  unitCodes: readonly string[];
  /** Region compared with; null when the units belong to none. */
  regionCode: string | null;
  isDemo: boolean;
}

/** What a diagnostic says apart from its perimeter's identity and its time: the same for every reader. */
type DiagnosticFigures = Omit<DiagnosticDto, 'perimeter' | 'generatedAt'>;

/**
 * Territorial diagnostic of a perimeter compared side by side with its département(s), its
 * region and France (issue #3 point 6): counting in SQL (one GROUP BY per scope), populations,
 * densities and ratios in the domain. The figures are kept per (geography, directory version,
 * perimeter) by the application instance (directory-counts-cache.ts): only the perimeter's
 * identity and the time are the request's own. Who may read is checked before (get-diagnostic.ts).
 */
export async function computeDiagnostic(options: {
  ports: DiagnosticPorts;
  index: TerritoryIndex;
  perimeter: DiagnosticPerimeter;
  now: Date;
  directoryCounts: DirectoryCountsCache;
}): Promise<DiagnosticDto> {
  const { ports, index, perimeter } = options;
  // The directory version is read once, before any figure (a copy is never older than its key);
  // on a GET the request has already read it with the other cache keys.
  const at = { geography: index, directory: await ports.diagnostic.directoryVersion() };
  // The name labels the territory's column; the region chosen decides the compared scopes.
  const key = JSON.stringify([perimeter.name, perimeter.regionCode, unitSetKey(perimeter.unitCodes)]);
  const figures = await options.directoryCounts.figures(at, key, () => figuresOf(options, at));
  return {
    perimeter: {
      cptsId: perimeter.cptsId,
      name: perimeter.name,
      unitCount: perimeter.unitCodes.length,
      regionCode: perimeter.regionCode,
      isDemo: perimeter.isDemo,
    },
    ...figures,
    generatedAt: options.now.toISOString(),
  };
}

async function figuresOf(
  options: { ports: DiagnosticPorts; index: TerritoryIndex; perimeter: DiagnosticPerimeter; directoryCounts: DirectoryCountsCache },
  at: DirectoryAt,
): Promise<DiagnosticFigures> {
  const { ports, index, perimeter } = options;
  const departementCodes = [
    ...new Set(perimeter.unitCodes.flatMap((code) => index.units[index.indexByCode.get(code) ?? -1]?.departementCode ?? [])),
  ].sort();
  const territory: DirectoryScope = { kind: 'territory', unitCodes: perimeter.unitCodes };
  const wide: Exclude<DirectoryScope, { kind: 'territory' }>[] = [
    { kind: 'departements', codes: departementCodes },
    ...(perimeter.regionCode ? [{ kind: 'region' as const, code: perimeter.regionCode }] : []),
    { kind: 'france' },
  ];
  const geography = ports.geography;
  const [counts, departements, regions, sources, withDirectory] = await Promise.all([
    options.directoryCounts.counts(ports.diagnostic, at, [territory, ...wide]),
    geography.departements(),
    geography.regions(),
    options.directoryCounts.sources(at, () => directorySources(ports)),
    options.directoryCounts.departementsWithProfessionals(ports.diagnostic, at),
  ]);
  const departementName = new Map(departements.map((d) => [d.code, d.name]));
  const regionName = new Map(regions.map((r) => [r.code, r.name]));
  const outsideAciField = regionsOutsideAciField(regions);
  const outside = new Set(outsideAciField);
  // Populations from the reference-geography index rather than summing the units in SQL.
  const populations = scopePopulations(index, [territory, ...wide], outsideAciField);
  // The départements each scope spans, to know whether the directory covers it (docs/reference/directory.md §5).
  const spans = (kind: DiagnosticScope['kind'], code: string | null): string[] => {
    if (kind === 'territory') return departementCodes;
    if (kind === 'departement') return code ? [code] : [];
    if (kind === 'region') return departements.filter((d) => d.regionCode === code).map((d) => d.code);
    return departements.filter((d) => !outside.has(d.regionCode ?? '')).map((d) => d.code);
  };
  const scope = (kind: DiagnosticScope['kind'], code: string | null, label: string): DiagnosticScope => {
    const key = diagnosticScopeKey(kind, code ?? undefined);
    return {
      key,
      kind,
      code,
      label,
      population: populations.get(key) ?? 0,
      directoryCoverage: directoryCoverage(spans(kind, code), withDirectory),
    };
  };
  const diagnosticScopes = [
    scope('territory', null, perimeter.name),
    ...departementCodes.map((code) => scope('departement', code, `${departementName.get(code) ?? 'Département'} (${code})`)),
    ...(perimeter.regionCode
      ? [scope('region', perimeter.regionCode, regionName.get(perimeter.regionCode) ?? `Région ${perimeter.regionCode}`)]
      : []),
    scope('france', null, 'France'),
  ];
  const diagnostic = composeDiagnostic({
    scopes: diagnosticScopes,
    professionCounts: counts.professionCounts,
    establishmentCounts: counts.establishmentCounts,
  });
  return { ...diagnostic, sources };
}
