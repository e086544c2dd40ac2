import type { CptsDetail } from '@maillon/contracts';
import { createCptsRepository, createGeographyRepository, createIdentityRepository, type Db } from '@maillon/db';
import type { CptsRecord } from '@maillon/domain';
import {
  aciMissionDeadlines,
  allowedTransitions,
  assessTerritory,
  canDecideTerritoryFor,
  canEditCpts,
  canEditIdentityAndTerritory,
  canSteerRegion,
  isActive,
  letterOfIntentValidatedOn,
  type Principal,
  STAGE_LABELS,
  type TerritoryIndex,
  transitionActorCheck,
} from '@maillon/domain';
import { describeOverlaps } from '../territory/overlap-warnings.ts';
import { toProposalDtos } from '../territory/proposal-dto.ts';
import { createTerritoryStore } from '../territory/territory-store.ts';

/** Assembles the CPTS page: identity, territory with its assessment, lifecycle and deadlines. */
export async function cptsDetail(options: {
  db: Db;
  index: TerritoryIndex;
  principal: Principal;
  record: CptsRecord;
  today: string;
}): Promise<CptsDetail> {
  const { db, index, principal, record, today } = options;
  const repo = createCptsRepository(db);
  const [unitCodes, history, milestones, territories] = await Promise.all([
    repo.unitCodes(record.id),
    repo.history(record.id),
    repo.milestones(record.id),
    repo.territories(),
  ]);
  const units = await createGeographyRepository(db).unitsByCodes(unitCodes);
  const others = territories.filter((t) => t.id !== record.id);
  const assessment = assessTerritory({ index, unitCodes, regionCode: record.regionCode, others });
  const store = createTerritoryStore(db);
  const pending = await store.proposals.pendingOf(record.id);
  const [overlaps, [pendingProposal]] = await Promise.all([
    describeOverlaps({ store, index, principal, overlaps: assessment.overlaps, others }),
    toProposalDtos({ store, index, principal, records: pending ? [pending] : [] }),
  ]);
  const identity = createIdentityRepository(db);
  const authorIds = [...new Set(history.map((h) => h.authorId).filter((id): id is string => id !== null))];
  const authors = new Map(
    await Promise.all(authorIds.map(async (id) => [id, (await identity.findUserById(id))?.displayName ?? null] as const)),
  );
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
      authorName: h.authorId ? (authors.get(h.authorId) ?? null) : null,
    })),
    allowedTransitions: allowedTransitions(record.stage, history).map((rule) => ({
      to: rule.to,
      label: STAGE_LABELS[rule.to],
      actor: rule.actor,
      commentRequired: rule.commentRequired,
      allowed: canAct(rule.actor),
    })),
    aciSignedOn,
    deadlines: aciSignedOn
      ? aciMissionDeadlines({ signedOn: aciSignedOn, today, milestones }).map((d) => ({
          ...d,
          startedOn: milestones[d.mission]?.startedOn ?? null,
          deployedOn: milestones[d.mission]?.deployedOn ?? null,
        }))
      : [],
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
