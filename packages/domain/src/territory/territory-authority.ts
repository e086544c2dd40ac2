import { type CptsScope, canDecideTerritoryFor, canEditIdentityAndTerritory, type Principal } from '../access/principal.ts';
import { forbidden } from '../errors.ts';
import { isActive, type Stage, stageRank } from '../lifecycle/stages.ts';
import type { TransitionRecord } from '../lifecycle/transitions.ts';
import type { TerritoryIndex } from './territory-index.ts';

/**
 * Why a region must accept a territory change:
 * - `validatedTerritory`: the CPTS's own region, once its ARS validated the letter of intent
 *   (the territory is part of what it validated);
 * - `crossRegion`: the CPTS's own region, when the change reaches into another region;
 * - `unitsOfRegion`: another region whose communes the change adds.
 */
export type ApprovalReason = 'validatedTerritory' | 'crossRegion' | 'unitsOfRegion';

export interface RequiredApproval {
  regionCode: string;
  reason: ApprovalReason;
  /** The author is this region's authority: their submitting the change is its acceptance. */
  byAuthor: boolean;
}

export interface TerritoryDiff {
  added: string[];
  removed: string[];
}

export type TerritoryChangePlan =
  | { kind: 'unchanged' }
  | ({ kind: 'direct' } & TerritoryDiff)
  | ({ kind: 'proposal'; approvals: RequiredApproval[] } & TerritoryDiff);

export interface TerritoryChangeRequest {
  principal: Principal;
  cpts: CptsScope & { stage: Stage };
  /** The dated lifecycle history, oldest first. */
  history: readonly TransitionRecord[];
  current: readonly string[];
  /** The wanted territory, already checked by validateUnitCodes. */
  next: readonly string[];
  index: TerritoryIndex;
}

/**
 * The date on which the CPTS reached the validated letter of intent: its first step at or
 * beyond that stage on the main line (a CPTS registered at a later stage counts as validated
 * from that step), or null while it has not.
 */
export function letterOfIntentValidatedOn(history: readonly TransitionRecord[]): string | null {
  const threshold = stageRank('letterOfIntentValidated');
  return history.find((step) => stageRank(step.to) >= threshold)?.occurredOn ?? null;
}

/** Units in `next` but not `current`, and the reverse, each sorted. */
export function diffTerritory(current: readonly string[], next: readonly string[]): TerritoryDiff {
  const before = new Set(current);
  const after = new Set(next);
  return {
    added: [...after].filter((code) => !before.has(code)).sort(),
    removed: [...before].filter((code) => !after.has(code)).sort(),
  };
}

/** The proposed territory: `base` with the diff applied, sorted. */
export function applyTerritoryDiff(base: readonly string[], diff: TerritoryDiff): string[] {
  const removed = new Set(diff.removed);
  return [...new Set([...base.filter((code) => !removed.has(code)), ...diff.added])].sort();
}

/**
 * Which regions must accept a change, and whether it applies at once (issue #6 item 2):
 * - before the letter of intent is validated, the coordination team (and the region's staff)
 *   edit the territory freely within the CPTS's region;
 * - afterwards every change needs the acceptance of the region's ARS;
 * - adding communes of another region needs the acceptance of that region's ARS and of the
 *   CPTS's own ARS, whatever the stage; removing them needs neither (the CPTS gives up a claim).
 * A region whose authority is the author accepts by submitting; when the author is the
 * authority of every region involved (always the admin) the change applies directly.
 */
export function planTerritoryChange(request: TerritoryChangeRequest): TerritoryChangePlan {
  const { principal, cpts, index } = request;
  if (!canEditIdentityAndTerritory(principal, cpts)) {
    throw forbidden("Le territoire de cette CPTS est tenu par son équipe de coordination et par l'ARS ou la CPAM de sa région.");
  }
  if (!isActive(cpts.stage)) throw forbidden('Cette CPTS n’est plus active : son territoire ne peut plus changer.');
  const diff = diffTerritory(request.current, request.next);
  if (diff.added.length === 0 && diff.removed.length === 0) return { kind: 'unchanged' };
  const reasons = new Map<string, ApprovalReason>();
  if (letterOfIntentValidatedOn(request.history)) reasons.set(cpts.regionCode, 'validatedTerritory');
  for (const code of diff.added) {
    const region = index.units[index.indexByCode.get(code) ?? -1]?.regionCode ?? '';
    if (region === cpts.regionCode) continue;
    reasons.set(region, 'unitsOfRegion');
    if (!reasons.has(cpts.regionCode)) reasons.set(cpts.regionCode, 'crossRegion');
  }
  const approvals = [...reasons]
    .map(([regionCode, reason]) => ({ regionCode, reason, byAuthor: canDecideTerritoryFor(principal, regionCode) }))
    .sort(
      (a, b) =>
        Number(b.regionCode === cpts.regionCode) - Number(a.regionCode === cpts.regionCode) || a.regionCode.localeCompare(b.regionCode),
    );
  if (approvals.every((approval) => approval.byAuthor)) return { kind: 'direct', ...diff };
  return { kind: 'proposal', approvals, ...diff };
}

const REASON_TEXT: Record<ApprovalReason, (region: string) => string> = {
  validatedTerritory: (region) => `le territoire a été validé par l'ARS ${region} avec la lettre d'intention`,
  crossRegion: (region) => `l'ARS ${region} doit accepter l'extension de la CPTS hors de sa région`,
  unitsOfRegion: (region) => `des communes ajoutées relèvent de l'ARS ${region}`,
};

/** French explanation of why a change must be proposed, for a refused direct save. */
export function proposalRequiredMessage(approvals: readonly RequiredApproval[], regionName: (code: string) => string): string {
  const reasons = approvals.filter((a) => !a.byAuthor).map((a) => REASON_TEXT[a.reason](regionName(a.regionCode)));
  return `Cette modification doit être proposée : ${reasons.join(' ; ')}. Utilisez « Proposer à l'ARS ».`;
}
