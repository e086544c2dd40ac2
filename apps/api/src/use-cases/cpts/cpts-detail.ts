import type { CptsDetail } from '@maillon/contracts';
import {
  aciMissionDeadlines,
  allowedTransitions,
  assessTerritory,
  canDecideTerritoryFor,
  canEditCpts,
  canEditIdentityAndTerritory,
  canSteerRegion,
  contractInForce,
  contractMissionDeadlines,
  isActive,
  letterOfIntentValidatedOn,
  STAGE_LABELS,
  transitionActorCheck,
} from '@maillon/domain';
import { currentAciReference } from '../aci/aci-reference.ts';
import { groupNames } from '../territory/names.ts';
import { describeOverlaps } from '../territory/overlap-warnings.ts';
import { toProposalDtos } from '../territory/proposal-dto.ts';
import type { CptsContext } from './cpts-ports.ts';
import { readableCpts, unitCodesAmong } from './load-cpts.ts';

/** The CPTS page: identity, territory with its assessment, lifecycle and deadlines. */
export async function cptsDetail(ctx: Omit<CptsContext, 'now'>, id: string): Promise<CptsDetail> {
  const { ports, index, principal } = ctx;
  const record = await readableCpts(ports.cpts, principal, id);
  const [history, milestones, territories] = await Promise.all([
    ports.cpts.historyWithAuthors(record.id),
    ports.cpts.milestones(record.id),
    ports.cpts.territories(),
  ]);
  const unitCodes = await unitCodesAmong(territories, ports.cpts, record.id);
  const [units, groups] = await Promise.all([ports.geography.unitsByCodes(unitCodes), groupNames(ports, index, unitCodes)]);
  const others = territories.filter((t) => t.id !== record.id);
  const assessment = assessTerritory({ index, unitCodes, regionCode: record.regionCode, others, groupNames: groups });
  const pending = await ports.territoryProposals.pendingOf(record.id);
  const [overlaps, [pendingProposal]] = await Promise.all([
    describeOverlaps({ ports, index, principal, overlaps: assessment.overlaps, others }),
    toProposalDtos({ ports, index, principal, records: pending ? [pending] : [] }),
  ]);
  const canAct = transitionActorCheck(principal, record);
  const aciSignedOn = [...history].reverse().find((h) => h.to === 'aciSigned')?.occurredOn ?? null;
  return {
    id: record.id,
    name: record.name,
    regionCode: record.regionCode,
    stage: record.stage,
    stageLabel: STAGE_LABELS[record.stage],
    population: assessment.population,
    sizeCategory: assessment.sizeCategory,
    unitCount: unitCodes.length,
    isDemo: record.isDemo,
    updatedAt: record.updatedAt.toISOString(),
    legalForm: record.legalForm,
    siret: record.siret,
    finess: record.finess,
    email: record.email,
    phone: record.phone,
    address: record.address,
    units,
    assessment: { ...assessment, overlaps },
    history: history.map((h) => ({
      id: h.id,
      from: h.from,
      to: h.to,
      toLabel: STAGE_LABELS[h.to],
      occurredOn: h.occurredOn,
      comment: h.comment,
      authorName: h.authorName,
    })),
    allowedTransitions: allowedTransitions(record.stage, history).map((rule) => ({
      to: rule.to,
      label: STAGE_LABELS[rule.to],
      actor: rule.actor,
      commentRequired: rule.commentRequired,
      allowed: canAct(rule.actor),
    })),
    aciSignedOn,
    ...(await missionDeadlinesOf(ctx, record.id, { aciSignedOn, milestones })),
    letterOfIntentValidatedOn: letterOfIntentValidatedOn(history),
    pendingProposal: pendingProposal ?? null,
    permissions: {
      edit: canEditCpts(principal, record),
      steer: canSteerRegion(principal, record.regionCode),
      editIdentity: canEditIdentityAndTerritory(principal, record),
      editTerritory: canEditIdentityAndTerritory(principal, record) && isActive(record.stage),
      decideTerritory: canDecideTerritoryFor(principal, record.regionCode),
    },
  };
}

/**
 * The mission deadlines shown on the CPTS page: the contract in force's when one is recorded
 * (its missions, optional ones included, its progress, the crisis-mission rule of
 * docs/reference/aci.md §2), else counted from the ACI signature step of the lifecycle.
 */
async function missionDeadlinesOf(
  ctx: Omit<CptsContext, 'now'>,
  cptsId: string,
  lifecycle: { aciSignedOn: string | null; milestones: Awaited<ReturnType<CptsContext['ports']['cpts']['milestones']>> },
): Promise<Pick<CptsDetail, 'deadlines' | 'deadlinesContractId'>> {
  const { ports, today } = ctx;
  const contract = contractInForce(await ports.aciContracts.ofCpts([cptsId]), today);
  if (contract) {
    const reference = await currentAciReference(ports);
    const progress = new Map(contract.missions.map((m) => [m.mission, m]));
    return {
      deadlinesContractId: contract.id,
      deadlines: contractMissionDeadlines(contract, { reference, today }).map((d) => ({
        mission: d.mission,
        label: d.label,
        startBy: d.startBy,
        deployedBy: d.deployedBy,
        startStatus: d.startStatus,
        deployStatus: d.deployStatus,
        startedOn: progress.get(d.mission)?.startedOn ?? null,
        deployedOn: progress.get(d.mission)?.deployedOn ?? null,
        explanation: d.explanation,
      })),
    };
  }
  const { aciSignedOn, milestones } = lifecycle;
  return {
    deadlinesContractId: null,
    deadlines: aciSignedOn
      ? aciMissionDeadlines({ signedOn: aciSignedOn, today, milestones }).map((d) => ({
          ...d,
          startedOn: milestones[d.mission]?.startedOn ?? null,
          deployedOn: milestones[d.mission]?.deployedOn ?? null,
          explanation: null,
        }))
      : [],
  };
}
