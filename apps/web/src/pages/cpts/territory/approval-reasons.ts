import type { TerritoryChangeDto } from '@maillon/contracts';

type Reason = TerritoryChangeDto['approvals'][number]['reason'];

/** Why a region is asked, in the words of the territory editor. */
export const APPROVAL_REASONS: Record<Reason, string> = {
  validatedTerritory: "territoire validé avec la lettre d'intention",
  crossRegion: 'extension hors de la région de la CPTS',
  unitsOfRegion: 'communes de sa région ajoutées',
};
