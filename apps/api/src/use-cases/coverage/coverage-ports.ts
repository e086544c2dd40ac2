import type { CptsRepository, GeographyRepository, PlansRepository } from '@maillon/domain';
import type { TerritorialContext } from '../use-case-context.ts';

/** What the observatory needs from storage. */
export interface CoveragePorts {
  geography: Pick<GeographyRepository, 'regions' | 'departements' | 'meta'>;
  cpts: Pick<CptsRepository, 'territories'>;
  plans: Pick<PlansRepository, 'list'>;
}

export type CoverageContext = TerritorialContext<CoveragePorts>;
