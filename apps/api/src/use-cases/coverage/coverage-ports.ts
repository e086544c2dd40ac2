import type { CoverageIndex, GeographyRepository, PlansRepository } from '@maillon/domain';
import type { TerritorialContext } from '../use-case-context.ts';

/** What the observatory needs from storage. */
export interface CoveragePorts {
  geography: Pick<GeographyRepository, 'regions' | 'departements' | 'meta'>;
  plans: Pick<PlansRepository, 'list'>;
}

export interface CoverageContext extends TerritorialContext<CoveragePorts> {
  /**
   * The coverage index of the territories as committed now, over `index`: kept in memory by the
   * composition and rebuilt only when the geography or a territory changed (docs/reference/coverage.md §7).
   */
  coverageIndex(): Promise<CoverageIndex>;
}
