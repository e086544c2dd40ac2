import type { CommuneCodesRepository } from '@maillon/domain';
import { cogFormerCodeMap } from '../seed/reference-geography.ts';

/** The COG's commune history, from the published file the reference geography is loaded from. */
export function createCommuneCodesRepository(): CommuneCodesRepository {
  return {
    // Built once per file read (a reader asks once), as the importer always did.
    formerCodes: async () => cogFormerCodeMap(),
  };
}
