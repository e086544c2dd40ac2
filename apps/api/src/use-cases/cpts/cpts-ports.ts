import type { CptsRepository, GeographyRepository, IdentityRepository, TerritoryProposalsRepository } from '@maillon/domain';
import type { TerritorialContext } from '../use-case-context.ts';

/** What the CPTS registry and territory use cases need from storage. */
export interface CptsPorts {
  cpts: CptsRepository;
  geography: Pick<GeographyRepository, 'unitsByCodes' | 'regions' | 'departements' | 'epciNames'>;
  identity: Pick<IdentityRepository, 'displayNames'>;
  territoryProposals: TerritoryProposalsRepository;
}

export type CptsContext = TerritorialContext<CptsPorts>;
