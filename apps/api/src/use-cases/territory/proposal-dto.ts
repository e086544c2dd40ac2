import type { TerritoryProposalDto, UnitRefDto } from '@maillon/contracts';
import type { CptsScope, CptsTerritoryRow, TerritoryProposalRecord } from '@maillon/domain';
import {
  type ApprovalReason,
  applyTerritoryDiff,
  assessTerritory,
  canReadCpts,
  canWithdrawProposal,
  decidableRegions,
  PROPOSAL_STATUS_LABELS,
  type Principal,
  type ProposalState,
  sizeCategory,
  type TerritoryIndex,
} from '@maillon/domain';
import type { CptsPorts } from '../cpts/cpts-ports.ts';
import { regionNames, userNames } from './names.ts';
import { describeOverlaps } from './overlap-warnings.ts';

export const APPROVAL_REASON_LABELS: Record<ApprovalReason, string> = {
  validatedTerritory: "Territoire validé avec la lettre d'intention",
  crossRegion: 'Extension de la CPTS hors de sa région',
  unitsOfRegion: 'Communes de la région ajoutées',
};

/** The rule-relevant part of a stored proposal. */
export function proposalState(record: TerritoryProposalRecord, cpts: CptsScope): ProposalState {
  return { status: record.status, authorId: record.authorId, cpts, approvals: record.approvals };
}

function populationOf(index: TerritoryIndex, codes: readonly string[]): number {
  return codes.reduce((sum, code) => sum + (index.population[index.indexByCode.get(code) ?? -1] ?? 0), 0);
}

function unitRef(index: TerritoryIndex, code: string): UnitRefDto {
  const unit = index.units[index.indexByCode.get(code) ?? -1];
  return { code, name: unit?.name ?? code, regionCode: unit?.regionCode ?? null, population: unit?.population ?? 0 };
}

/** Whether two unit lists (without duplicates) hold the same units. */
export function sameUnitSet(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && new Set([...a, ...b]).size === a.length;
}

/** Proposals as the principal sees them: diff, population effect, overlaps, decisions, what they may do. */
export async function toProposalDtos(options: {
  ports: CptsPorts;
  index: TerritoryIndex;
  principal: Principal;
  records: readonly TerritoryProposalRecord[];
}): Promise<TerritoryProposalDto[]> {
  const { ports, index, principal, records } = options;
  if (records.length === 0) return [];
  const [territories, regions, users] = await Promise.all([
    ports.cpts.territories(),
    regionNames(ports),
    userNames(
      ports,
      records.flatMap((r) => [r.authorId, r.closedBy, ...r.approvals.map((a) => a.decidedBy)]),
    ),
  ]);
  const byId = new Map<string, CptsTerritoryRow>(territories.map((t) => [t.id, t]));
  const name = (id: string | null) => (id ? (users.get(id) ?? null) : null);
  return Promise.all(
    records.map(async (record) => {
      const cpts = byId.get(record.cptsId) as CptsTerritoryRow;
      const state = proposalState(record, cpts);
      const proposed = applyTerritoryDiff(record.baseUnitCodes, { added: record.addedUnitCodes, removed: record.removedUnitCodes });
      const pending = record.status === 'pending';
      const others = territories.filter((t) => t.id !== cpts.id);
      const overlaps = pending
        ? await describeOverlaps({
            ports,
            index,
            principal,
            overlaps: assessTerritory({
              index,
              unitCodes: proposed.filter((c) => index.indexByCode.has(c)),
              regionCode: cpts.regionCode,
              others,
            }).overlaps,
            others,
          })
        : [];
      const populationBefore = populationOf(index, record.baseUnitCodes);
      const populationAfter = populationOf(index, proposed);
      return {
        id: record.id,
        cpts: { id: cpts.id, name: cpts.name, regionCode: cpts.regionCode },
        status: record.status,
        statusLabel: PROPOSAL_STATUS_LABELS[record.status],
        added: record.addedUnitCodes.map((code) => unitRef(index, code)),
        removed: record.removedUnitCodes.map((code) => unitRef(index, code)),
        populationBefore,
        populationAfter,
        sizeCategoryBefore: sizeCategory(populationBefore),
        sizeCategoryAfter: sizeCategory(populationAfter),
        overlaps,
        stale: pending && !sameUnitSet(cpts.unitCodes, record.baseUnitCodes),
        comment: record.comment,
        authorName: name(record.authorId),
        createdAt: record.createdAt.toISOString(),
        closedAt: record.closedAt?.toISOString() ?? null,
        closedByName: name(record.closedBy),
        // The CPTS's own region first, then the others by code.
        approvals: [...record.approvals]
          .sort((a, b) => Number(b.regionCode === cpts.regionCode) - Number(a.regionCode === cpts.regionCode))
          .map((a) => ({
            regionCode: a.regionCode,
            regionName: regions.get(a.regionCode) ?? a.regionCode,
            reason: a.reason,
            reasonLabel: APPROVAL_REASON_LABELS[a.reason],
            decision: a.decision,
            decidedByName: name(a.decidedBy),
            decidedAt: a.decidedAt?.toISOString() ?? null,
            comment: a.comment,
          })),
        permissions: {
          withdraw: canWithdrawProposal(principal, state),
          decide: decidableRegions(principal, state),
          openCpts: canReadCpts(principal, cpts),
        },
      };
    }),
  );
}
