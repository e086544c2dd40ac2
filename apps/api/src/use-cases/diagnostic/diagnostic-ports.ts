import type { CptsRepository, DiagnosticRepository, GeographyRepository } from '@maillon/domain';
import type { TerritorialContext } from '../use-case-context.ts';
import type { DirectoryCountsCache } from './directory-counts-cache.ts';

/** What the data sources of a diagnostic or an engagement figure need: the imports made and the COG's vintage. */
export interface DirectorySourcesPorts {
  diagnostic: Pick<DiagnosticRepository, 'latestImports'>;
  geography: Pick<GeographyRepository, 'meta'>;
}

/** What the territorial diagnostic needs from storage. */
export interface DiagnosticPorts extends DirectorySourcesPorts {
  cpts: Pick<CptsRepository, 'get' | 'unitCodes' | 'territories'>;
  diagnostic: DiagnosticRepository;
  geography: Pick<GeographyRepository, 'meta' | 'departements' | 'regions'>;
}

/** The diagnostic's context: the directory figures are kept per application instance, handed in. */
export interface DiagnosticContext extends TerritorialContext<DiagnosticPorts> {
  directoryCounts: DirectoryCountsCache;
}
