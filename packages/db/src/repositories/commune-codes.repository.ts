import type { CommuneCodesRepository } from '@maillon/domain';
import { cogFormerCodeMap } from '../seed/reference-geography.ts';

let formerCodes: Promise<ReadonlyMap<string, string>> | null = null;

/** The COG's commune history, from the published file the geography is loaded from (read once per process). */
export function createCommuneCodesRepository(): CommuneCodesRepository {
  return {
    formerCodes() {
      formerCodes ??= Promise.resolve().then(() => cogFormerCodeMap());
      return formerCodes;
    },
  };
}
