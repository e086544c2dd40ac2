import type {
  AciAssessmentsRepository,
  AciContractsRepository,
  AciMission,
  AciReferenceRepository,
  AssessedValueSource,
  ContractSignature,
  IndicatorDataSource,
  IndicatorDirection,
  IndicatorLine,
  IndicatorTier,
  MaillonMetric,
  ReferenceChange,
  SizeCategory,
  StoredContract,
  TerminationReason,
} from '@maillon/domain';
import { asc, eq, getTableColumns, inArray, sql } from 'drizzle-orm';
import type { Db } from '../client.ts';
import {
  aciAssessments,
  aciAssessmentValues,
  aciContractMissions,
  aciContracts,
  aciEvidenceFiles,
  aciIndicators,
  aciReferenceChanges,
  aciSizeAmendments,
} from '../schema/index.ts';

interface MissionJson {
  mission: string;
  startedOn: string | null;
  deployedOn: string | null;
  startWithinMonths: number | null;
  deployedWithinMonths: number | null;
}

interface AmendmentJson {
  signedOn: string;
  effectiveFrom: string;
  population: number;
  populationVintage: number;
  sizeCategory: number;
  reason: string | null;
}

/**
 * A contract row with its missions and size amendments as JSON, in one query instead of three
 * (the CPTS page reads the contract in force on every request, issue #11 item 3). Dates come
 * out as `YYYY-MM-DD`, as the columns' string mode gives them. The outer id is written out in
 * full: Drizzle renders a column of a one-table select unqualified, and a bare "id" inside the
 * subquery would be the amendment's own.
 */
const withChildren = {
  ...getTableColumns(aciContracts),
  missions: sql<MissionJson[]>`coalesce((
    select json_agg(json_build_object('mission', m.mission, 'startedOn', m.started_on, 'deployedOn', m.deployed_on,
      'startWithinMonths', m.start_within_months, 'deployedWithinMonths', m.deployed_within_months))
    from aci_contract_missions m where m.contract_id = aci_contracts.id), '[]'::json)`,
  amendments: sql<AmendmentJson[]>`coalesce((
    select json_agg(json_build_object('signedOn', a.signed_on, 'effectiveFrom', a.effective_from, 'population', a.population,
      'populationVintage', a.population_vintage, 'sizeCategory', a.size_category, 'reason', a.reason) order by a.effective_from)
    from aci_size_amendments a where a.contract_id = aci_contracts.id), '[]'::json)`,
};

type ContractRow = typeof aciContracts.$inferSelect & { missions: MissionJson[]; amendments: AmendmentJson[] };

const signature = (signedOn: string | null, signatory: string | null): ContractSignature | null =>
  signedOn ? { signedOn, signatory } : null;

/** The day a contract row was signed by all three parties (the order key), or a far date while unsigned. */
const signedKey = (row: ContractRow): string =>
  row.cptsSignedOn && row.cpamSignedOn && row.arsSignedOn
    ? ([row.cptsSignedOn, row.cpamSignedOn, row.arsSignedOn].sort().at(-1) ?? '9999')
    : '9999';

export function createAciContractsRepository(db: Db): AciContractsRepository {
  function assemble(rows: ContractRow[]): StoredContract[] {
    return rows.map((row) => ({
      id: row.id,
      cptsId: row.cptsId,
      signatures: {
        cpts: signature(row.cptsSignedOn, row.cptsSignatory),
        cpam: signature(row.cpamSignedOn, row.cpamSignatory),
        ars: signature(row.arsSignedOn, row.arsSignatory),
      },
      population: { count: row.population, vintage: row.populationVintage },
      sizeCategory: row.sizeCategory as SizeCategory,
      missions: row.missions.map((m) => ({
        mission: m.mission as AciMission,
        startedOn: m.startedOn,
        deployedOn: m.deployedOn,
        startWithinMonths: m.startWithinMonths,
        deployedWithinMonths: m.deployedWithinMonths,
      })),
      amendments: row.amendments.map((a) => ({
        signedOn: a.signedOn,
        effectiveFrom: a.effectiveFrom,
        population: { count: a.population, vintage: a.populationVintage },
        sizeCategory: a.sizeCategory as SizeCategory,
        reason: a.reason,
      })),
      renews: row.renewsId,
      termination: row.terminatedOn
        ? { effectiveOn: row.terminatedOn, reason: row.terminationReason as TerminationReason, comment: row.terminationComment }
        : null,
      isDemo: row.isDemo,
      createdAt: row.createdAt,
      createdBy: row.createdBy,
      updatedAt: row.updatedAt,
    }));
  }

  return {
    async ofCpts(cptsIds) {
      if (cptsIds.length === 0) return [];
      const rows = await db
        .select(withChildren)
        .from(aciContracts)
        .where(inArray(aciContracts.cptsId, [...cptsIds]));
      rows.sort((a, b) => signedKey(a).localeCompare(signedKey(b)) || a.createdAt.getTime() - b.createdAt.getTime());
      return assemble(rows);
    },
    async get(id, options = {}) {
      const query = db.select(withChildren).from(aciContracts).where(eq(aciContracts.id, id));
      const rows = options.forUpdate ? await query.for('update') : await query;
      return assemble(rows)[0] ?? null;
    },
    async save(contract) {
      const { cpts, cpam, ars } = contract.signatures;
      const row = {
        id: contract.id,
        cptsId: contract.cptsId,
        cptsSignedOn: cpts?.signedOn ?? null,
        cptsSignatory: cpts?.signatory ?? null,
        cpamSignedOn: cpam?.signedOn ?? null,
        cpamSignatory: cpam?.signatory ?? null,
        arsSignedOn: ars?.signedOn ?? null,
        arsSignatory: ars?.signatory ?? null,
        population: contract.population.count,
        populationVintage: contract.population.vintage,
        sizeCategory: contract.sizeCategory,
        renewsId: contract.renews,
        terminatedOn: contract.termination?.effectiveOn ?? null,
        terminationReason: contract.termination?.reason ?? null,
        terminationComment: contract.termination?.comment ?? null,
        isDemo: contract.isDemo,
        createdAt: contract.createdAt,
        createdBy: contract.createdBy,
        updatedAt: contract.updatedAt,
      };
      await db.insert(aciContracts).values(row).onConflictDoUpdate({ target: aciContracts.id, set: row });
      await db.delete(aciContractMissions).where(eq(aciContractMissions.contractId, contract.id));
      if (contract.missions.length) {
        await db.insert(aciContractMissions).values(
          contract.missions.map((m) => ({
            contractId: contract.id,
            mission: m.mission,
            startedOn: m.startedOn,
            deployedOn: m.deployedOn,
            startWithinMonths: m.startWithinMonths ?? null,
            deployedWithinMonths: m.deployedWithinMonths ?? null,
          })),
        );
      }
      await db.delete(aciSizeAmendments).where(eq(aciSizeAmendments.contractId, contract.id));
      if (contract.amendments.length) {
        await db.insert(aciSizeAmendments).values(
          contract.amendments.map((a) => ({
            id: crypto.randomUUID(),
            contractId: contract.id,
            signedOn: a.signedOn,
            effectiveFrom: a.effectiveFrom,
            population: a.population.count,
            populationVintage: a.population.vintage,
            sizeCategory: a.sizeCategory,
            reason: a.reason,
          })),
        );
      }
    },
    async indicators(contractId) {
      const rows = await db
        .select()
        .from(aciIndicators)
        .where(eq(aciIndicators.contractId, contractId))
        .orderBy(asc(aciIndicators.position));
      return rows.map(
        (r): IndicatorLine => ({
          id: r.id,
          mission: r.mission as AciMission,
          label: r.label,
          unit: r.unit,
          direction: r.direction as IndicatorDirection,
          baseline: r.baseline,
          tiers: r.tiers as IndicatorTier[],
          dataSource: r.dataSource as IndicatorDataSource,
          evidence: r.evidence as string[],
          metric: (r.metric as MaillonMetric | null) ?? null,
        }),
      );
    },
    async replaceIndicators(contractId, lines) {
      await db.delete(aciIndicators).where(eq(aciIndicators.contractId, contractId));
      if (lines.length === 0) return;
      await db.insert(aciIndicators).values(
        lines.map((line, position) => ({
          contractId,
          id: line.id,
          position,
          mission: line.mission,
          label: line.label,
          unit: line.unit,
          direction: line.direction,
          baseline: line.baseline,
          tiers: line.tiers,
          dataSource: line.dataSource,
          evidence: line.evidence,
          metric: line.metric ?? null,
        })),
      );
    },
  };
}

const toEvidence = (row: Omit<typeof aciEvidenceFiles.$inferSelect, 'data'>) => ({
  id: row.id,
  assessmentId: row.assessmentId,
  indicatorId: row.indicatorId,
  fileName: row.fileName,
  contentType: row.contentType,
  sizeBytes: row.sizeBytes,
  sha256: row.sha256,
  uploadedBy: row.uploadedBy,
  uploadedAt: row.uploadedAt,
});

const EVIDENCE_COLUMNS = {
  id: aciEvidenceFiles.id,
  assessmentId: aciEvidenceFiles.assessmentId,
  indicatorId: aciEvidenceFiles.indicatorId,
  fileName: aciEvidenceFiles.fileName,
  contentType: aciEvidenceFiles.contentType,
  sizeBytes: aciEvidenceFiles.sizeBytes,
  sha256: aciEvidenceFiles.sha256,
  uploadedBy: aciEvidenceFiles.uploadedBy,
  uploadedAt: aciEvidenceFiles.uploadedAt,
};

export function createAciAssessmentsRepository(db: Db): AciAssessmentsRepository {
  async function assemble(rows: (typeof aciAssessments.$inferSelect)[]) {
    if (rows.length === 0) return [];
    const values = await db
      .select()
      .from(aciAssessmentValues)
      .where(
        inArray(
          aciAssessmentValues.assessmentId,
          rows.map((r) => r.id),
        ),
      );
    return rows.map((row) => ({
      ...row,
      values: values
        .filter((v) => v.assessmentId === row.id)
        .map((v) => ({ indicatorId: v.indicatorId, value: v.value, source: v.source as AssessedValueSource, note: v.note })),
    }));
  }
  return {
    async ofContract(contractId) {
      return assemble(
        await db.select().from(aciAssessments).where(eq(aciAssessments.contractId, contractId)).orderBy(asc(aciAssessments.contractYear)),
      );
    },
    async get(id) {
      return (await assemble(await db.select().from(aciAssessments).where(eq(aciAssessments.id, id))))[0] ?? null;
    },
    async save(assessment) {
      const { values, ...row } = assessment;
      await db.insert(aciAssessments).values(row).onConflictDoUpdate({ target: aciAssessments.id, set: row });
      await db.delete(aciAssessmentValues).where(eq(aciAssessmentValues.assessmentId, assessment.id));
      if (values.length) await db.insert(aciAssessmentValues).values(values.map((v) => ({ ...v, assessmentId: assessment.id })));
    },
    async evidence(assessmentIds) {
      if (assessmentIds.length === 0) return [];
      const rows = await db
        .select(EVIDENCE_COLUMNS)
        .from(aciEvidenceFiles)
        .where(inArray(aciEvidenceFiles.assessmentId, [...assessmentIds]))
        .orderBy(asc(aciEvidenceFiles.uploadedAt));
      return rows.map(toEvidence);
    },
    async addEvidence(record, data) {
      await db.insert(aciEvidenceFiles).values({ ...record, data });
    },
    async readEvidence(id) {
      const [row] = await db.select().from(aciEvidenceFiles).where(eq(aciEvidenceFiles.id, id));
      return row ? { record: toEvidence(row), data: new Uint8Array(row.data) } : null;
    },
    async removeEvidence(id) {
      await db.delete(aciEvidenceFiles).where(eq(aciEvidenceFiles.id, id));
    },
  };
}

export function createAciReferenceRepository(db: Db): AciReferenceRepository {
  return {
    async changes() {
      const rows = await db.select().from(aciReferenceChanges).orderBy(asc(aciReferenceChanges.id));
      return rows.map(
        (r): ReferenceChange => ({
          key: r.key as ReferenceChange['key'],
          previous: r.previous as ReferenceChange['previous'],
          next: r.next as ReferenceChange['next'],
          authorId: r.authorId ?? '',
          changedAt: r.changedAt.toISOString(),
        }),
      );
    },
    async append(change) {
      await db.insert(aciReferenceChanges).values({
        key: change.key,
        previous: change.previous,
        next: change.next,
        authorId: change.authorId || null,
        changedAt: new Date(change.changedAt),
      });
    },
  };
}
