import type { TerritoryPreviewDto } from '@maillon/contracts';
import type { CptsRecord } from '@maillon/domain';
import {
  assessTerritory,
  conflict,
  forbidden,
  invalid,
  pendingProposalOutcome,
  planTerritoryChange,
  proposalRequiredMessage,
  type TerritoryChangePlan,
  validateUnitCodes,
} from '@maillon/domain';
import { todayIn } from '../../context.ts';
import type { CptsContext, CptsPorts } from '../cpts/cpts-ports.ts';
import { readableCpts } from '../cpts/load-cpts.ts';
import { groupNames, regionNames } from './names.ts';
import { describeOverlaps } from './overlap-warnings.ts';

/** The plan for replacing `record`'s territory by `units` (already validated). */
async function planFor(ports: CptsPorts, ctx: CptsContext, record: CptsRecord, units: readonly string[]) {
  const [current, history] = await Promise.all([ports.cpts.unitCodes(record.id), ports.cpts.history(record.id)]);
  return {
    current,
    plan: planTerritoryChange({ principal: ctx.principal, cpts: record, history, current, next: units, index: ctx.index }),
  };
}

const pendingSummary = (pending: { authorId: string | null; createdAt: Date } | null) =>
  pending ? { authorId: pending.authorId, createdOn: todayIn(() => pending.createdAt) } : null;

/**
 * Replaces the territory when the principal may do so directly (PUT /territory). A change that
 * needs a region's decision is refused with the reason (the client proposes it instead), and
 * no change passes while a proposal is pending.
 */
export async function saveTerritory(ctx: CptsContext, cptsId: string, unitCodes: readonly string[]): Promise<void> {
  const units = validateUnitCodes(ctx.index, unitCodes);
  await ctx.transaction(async (ports) => {
    // The row lock serialises concurrent changes of one CPTS's territory.
    const record = await readableCpts(ports.cpts, ctx.principal, cptsId, true);
    const { plan } = await planFor(ports, ctx, record, units);
    if (plan.kind === 'unchanged') return;
    if (plan.kind === 'proposal') {
      const names = await regionNames(ports);
      throw forbidden(proposalRequiredMessage(plan.approvals, (code) => names.get(code) ?? code));
    }
    pendingProposalOutcome(ctx.principal, pendingSummary(await ports.territoryProposals.pendingOf(cptsId)), 'direct');
    await ports.cpts.replaceTerritory(cptsId, units, ctx.now);
  });
}

/** Records a proposal for `plan` against `base`; regions whose authority is the author accept at once. */
async function recordProposal(
  ports: CptsPorts,
  ctx: CptsContext,
  change: { cptsId: string; base: readonly string[]; plan: Extract<TerritoryChangePlan, { kind: 'proposal' }>; comment: string | null },
): Promise<string> {
  const pending = await ports.territoryProposals.pendingOf(change.cptsId);
  const outcome = pendingProposalOutcome(ctx.principal, pendingSummary(pending), 'proposal');
  const id = crypto.randomUUID();
  const userId = ctx.principal.userId;
  if (pending && outcome === 'supersede') {
    await ports.territoryProposals.close(pending.id, { status: 'superseded', closedAt: ctx.now, closedBy: userId });
  }
  await ports.territoryProposals.create({
    id,
    cptsId: change.cptsId,
    status: 'pending',
    baseUnitCodes: [...change.base],
    addedUnitCodes: change.plan.added,
    removedUnitCodes: change.plan.removed,
    comment: change.comment,
    authorId: userId,
    createdAt: ctx.now,
    closedAt: null,
    closedBy: null,
    supersededBy: null,
    approvals: change.plan.approvals.map((a) => ({
      regionCode: a.regionCode,
      reason: a.reason,
      decision: a.byAuthor ? 'accepted' : null,
      decidedBy: a.byAuthor ? userId : null,
      decidedAt: a.byAuthor ? ctx.now : null,
      comment: null,
    })),
  });
  if (pending && outcome === 'supersede') {
    await ports.territoryProposals.close(pending.id, { status: 'superseded', closedAt: ctx.now, closedBy: userId, supersededBy: id });
  }
  return id;
}

/** Files a proposal (POST /territory/proposals): only for a change that needs a region's decision. */
export async function proposeTerritory(
  ctx: CptsContext,
  cptsId: string,
  input: { units: readonly string[]; comment?: string | undefined },
): Promise<string> {
  const units = validateUnitCodes(ctx.index, input.units);
  return ctx.transaction(async (ports) => {
    const record = await readableCpts(ports.cpts, ctx.principal, cptsId, true);
    const { current, plan } = await planFor(ports, ctx, record, units);
    if (plan.kind === 'unchanged') throw invalid('units', 'La proposition ne change rien au territoire actuel.');
    if (plan.kind === 'direct') {
      throw conflict('Cette modification ne demande aucune validation : enregistrez directement le territoire.', 'units');
    }
    return recordProposal(ports, ctx, { cptsId, base: current, plan, comment: input.comment?.trim() || null });
  });
}

/**
 * The territory of a CPTS being registered: communes of its region apply at once; communes of
 * other regions become a pending proposal to their ARS (and to the CPTS's ARS when the author
 * is not its ARS), never a silent acceptance (issue #6 item 2).
 */
export async function registerInitialTerritory(
  ports: CptsPorts,
  ctx: CptsContext,
  record: CptsRecord,
  unitCodes: readonly string[],
): Promise<void> {
  const units = validateUnitCodes(ctx.index, unitCodes);
  const inRegion = units.filter((code) => ctx.index.units[ctx.index.indexByCode.get(code) ?? -1]?.regionCode === record.regionCode);
  if (inRegion.length > 0) await ports.cpts.replaceTerritory(record.id, inRegion, ctx.now);
  if (inRegion.length === units.length) return;
  const { current, plan } = await planFor(ports, ctx, record, units);
  if (plan.kind === 'direct') await ports.cpts.replaceTerritory(record.id, units, ctx.now);
  if (plan.kind !== 'proposal') return;
  const comment = "Communes d'une autre région demandées à l'enregistrement de la CPTS.";
  await recordProposal(ports, ctx, { cptsId: record.id, base: current, plan, comment });
}

/** Live assessment of a draft territory and what saving it would do (nothing is saved). */
export async function previewTerritoryChange(ctx: CptsContext, cptsId: string, unitCodes: readonly string[]): Promise<TerritoryPreviewDto> {
  const { ports, index, principal } = ctx;
  const record = await readableCpts(ports.cpts, principal, cptsId);
  const units = validateUnitCodes(index, unitCodes);
  const [{ plan }, territories, names, groups] = await Promise.all([
    planFor(ports, ctx, record, units),
    ports.cpts.territories(),
    regionNames(ports),
    groupNames(ports, index, units),
  ]);
  const others = territories.filter((t) => t.id !== cptsId);
  const assessment = assessTerritory({ index, unitCodes: units, regionCode: record.regionCode, others, groupNames: groups });
  return {
    ...assessment,
    overlaps: await describeOverlaps({ ports, index, principal, overlaps: assessment.overlaps, others }),
    change: {
      kind: plan.kind,
      added: plan.kind === 'unchanged' ? [] : plan.added,
      removed: plan.kind === 'unchanged' ? [] : plan.removed,
      approvals: plan.kind === 'proposal' ? plan.approvals.map((a) => ({ ...a, regionName: names.get(a.regionCode) ?? a.regionCode })) : [],
    },
  };
}
