import type {
  AciContractsRepository,
  AciReferenceRepository,
  CptsRepository,
  GeographyRepository,
  IdentityRepository,
  TerritoryProposalsRepository,
} from '@maillon/domain';
import type { TerritorialContext } from '../use-case-context.ts';

/** What the CPTS registry and territory use cases need from storage. */
export interface CptsPorts {
  cpts: CptsRepository;
  geography: Pick<GeographyRepository, 'unitsByCodes' | 'regions' | 'departements' | 'epciNames'>;
  identity: Pick<IdentityRepository, 'displayNames'>;
  territoryProposals: TerritoryProposalsRepository;
  /** The CPTS page shows the deadlines of the contract in force. */
  aciContracts: Pick<AciContractsRepository, 'ofCpts'>;
  aciReference: Pick<AciReferenceRepository, 'changes'>;
}

export type CptsContext = TerritorialContext<CptsPorts>;
