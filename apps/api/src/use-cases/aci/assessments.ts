import type { AssessmentDto, AssessmentImportDto, EvidenceDto } from '@maillon/contracts';
import {
  type AssessedValue,
  type AssessmentRecord,
  type ComputedValue,
  type ContractYear,
  type CptsRecord,
  canCloseAssessment,
  canEditIndicators,
  computeMetric,
  conflict,
  contractSignedOn,
  contractYear,
  countDay,
  DEFAULT_TIME_ZONE,
  dayIn,
  type EvidenceFileRecord,
  forbidden,
  formatAmount,
  formatDate,
  formatEuros,
  formatNumber,
  type IndicatorLine,
  invalid,
  MISSION_LABELS,
  readAssessmentCsv,
  type StoredContract,
  snpIndicators,
  startOfDayIn,
} from '@maillon/domain';
import type { AciAssessmentContext, AciAssessmentPorts } from './aci-ports.ts';
import { currentAciReference } from './aci-reference.ts';
import { loadContract } from './contracts.ts';
import { assertEditsIndicators, tierText } from './indicators.ts';
import { assessYear } from './variable-payments.ts';

const YES_NO = 'oui/non';

const SOURCE_LABELS: Record<AssessedValue['source'], string> = {
  typed: 'Saisie',
  imported: 'Fichier CPAM',
  computed: 'Calculé par Maillon',
};

const COLUMN_LABELS = { code: 'code de l’indicateur', label: 'libellé de l’indicateur', value: 'valeur', note: 'commentaire' } as const;

/** « 42 patients », « oui », « non renseignée ». */
export function valueText(line: Pick<IndicatorLine, 'unit'>, value: number | null): string {
  if (value === null) return 'non renseignée';
  if (line.unit === YES_NO) return value >= 1 ? 'oui' : 'non';
  return `${formatNumber(value)} ${line.unit}`;
}

/** « 1,2 Mo », « 34 ko ». */
export function sizeText(bytes: number): string {
  if (bytes >= 1024 * 1024) return `${formatNumber(Math.round((bytes / (1024 * 1024)) * 10) / 10)} Mo`;
  return `${formatNumber(Math.max(1, Math.round(bytes / 1024)))} ko`;
}

const TYPE_LABELS: Record<string, string> = {
  'application/pdf': 'PDF',
  'image/png': 'PNG',
  'image/jpeg': 'JPEG',
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': 'XLSX',
  'application/vnd.oasis.opendocument.spreadsheet': 'ODS',
  'text/csv; charset=utf-8': 'CSV',
};

export function toEvidenceDto(record: EvidenceFileRecord): EvidenceDto {
  return {
    id: record.id,
    indicatorId: record.indicatorId,
    fileName: record.fileName,
    contentType: record.contentType,
    typeLabel: TYPE_LABELS[record.contentType] ?? record.contentType,
    sizeBytes: record.sizeBytes,
    sizeText: sizeText(record.sizeBytes),
    sha256: record.sha256,
    uploadedAt: record.uploadedAt.toISOString(),
  };
}

/** A signed contract's year, or a French 409/422 naming `year`. */
export function yearOfContract(contract: StoredContract, year: number): ContractYear {
  const signedOn = contractSignedOn(contract);
  if (!signedOn) throw conflict("Le contrat n'est pas encore signé : pas d'évaluation annuelle avant sa signature.", 'year');
  if (!Number.isInteger(year) || year < 1 || year > 5) throw invalid('year', "L'année de contrat doit être comprise entre 1 et 5.");
  return contractYear(signedOn, year);
}

export async function assessmentOf(ports: Pick<AciAssessmentPorts, 'aciAssessments'>, contractId: string, year: number) {
  return (await ports.aciAssessments.ofContract(contractId)).find((a) => a.contractYear === year) ?? null;
}

/** What Maillon computes now for the lines that have a metric, each with how it was computed. */
export async function computedValues(
  ports: Pick<AciAssessmentPorts, 'members' | 'assemblies' | 'mtRequests' | 'slotBooking'>,
  input: { cpts: CptsRecord; period: ContractYear; indicators: readonly IndicatorLine[]; today: string },
): Promise<Map<string, ComputedValue>> {
  const lines = input.indicators.filter((i) => i.metric);
  if (lines.length === 0) return new Map();
  const needsRequests = lines.some((l) => l.metric === 'patientsPlaced' || l.metric === 'aldWithoutGp');
  const needsSlots = lines.some((l) => l.metric === 'snpSlotsOffered' || l.metric === 'snpBookingsHonoured');
  const slotEnd = new Date(startOfDayIn(countDay(input.period, input.today)).getTime() + 86_400_000);
  const [members, assemblies, requests, slotUse] = await Promise.all([
    ports.members.list(input.cpts.id),
    ports.assemblies.list(input.cpts.id),
    needsRequests ? ports.mtRequests.list(input.cpts.id, {}) : Promise.resolve([]),
    needsSlots
      ? ports.slotBooking.slotUse([input.cpts.id], startOfDayIn(input.period.startsOn), slotEnd, DEFAULT_TIME_ZONE)
      : Promise.resolve([]),
  ]);
  const data = {
    period: input.period,
    today: input.today,
    members: members.map((m) => ({ kind: m.kind, joinedOn: m.joinedOn, leftOn: m.leftOn })),
    meetings: assemblies.map((a) => ({ heldOn: dayIn(a.scheduledAt), closed: a.status === 'closed' })),
    // Counts only: no identity leaves the desk (docs/reference/personal-data.md).
    gpRequests: requests
      .filter((r) => r.status !== 'merged')
      .map((r) => ({ ald: r.ald, requestedOn: r.requestedOn, closedOn: r.closedOn, declared: r.status === 'declared' })),
    snpSlotUse: snpIndicators(slotUse),
  };
  return new Map(lines.map((line) => [line.id, computeMetric(line.metric as NonNullable<IndicatorLine['metric']>, data)]));
}

function blankAssessment(contract: StoredContract, year: number, now: Date): AssessmentRecord {
  return {
    id: crypto.randomUUID(),
    contractId: contract.id,
    contractYear: year,
    assessedOn: null,
    values: [],
    createdAt: now,
    updatedAt: now,
  };
}

/** The assessment of a year as the page and the report show it. */
export async function buildAssessmentDto(
  ports: AciAssessmentPorts,
  ctx: AciAssessmentContext,
  loaded: { contract: StoredContract; cpts: CptsRecord },
  year: number,
): Promise<AssessmentDto> {
  const { contract, cpts } = loaded;
  const period = yearOfContract(contract, year);
  const [reference, indicators, record] = await Promise.all([
    currentAciReference(ports),
    ports.aciContracts.indicators(contract.id),
    assessmentOf(ports, contract.id, year),
  ]);
  const assessment = record ?? blankAssessment(contract, year, ctx.now);
  const variable = assessYear(contract, { reference, indicators, assessment });
  const computed = await computedValues(ports, { cpts, period, indicators, today: ctx.today });
  const values = new Map(assessment.values.map((v) => [v.indicatorId, v]));
  const evidence = record ? await ports.aciAssessments.evidence([record.id]) : [];
  return {
    contractId: contract.id,
    year,
    startsOn: period.startsOn,
    endsOn: period.endsOn,
    status: record?.assessedOn ? 'closed' : record ? 'inProgress' : 'notStarted',
    statusLabel: record?.assessedOn ? `Close le ${formatDate(record.assessedOn)}` : record ? 'En cours de saisie' : 'Non commencée',
    assessedOn: record?.assessedOn ?? null,
    lines: indicators.map((indicator, index) => {
      const assessed = variable.lines[index];
      const stored = values.get(indicator.id);
      const value = stored?.value ?? null;
      const tierIndex = assessed?.tierIndex ?? null;
      return {
        indicatorId: indicator.id,
        mission: indicator.mission,
        missionLabel: MISSION_LABELS[indicator.mission],
        label: indicator.label,
        unit: indicator.unit,
        dataSource: indicator.dataSource,
        targetText: indicator.tiers.map((tier) => tierText(indicator, tier)).join(' ; '),
        value,
        valueText: valueText(indicator, value),
        source: stored && stored.value !== null ? stored.source : null,
        sourceLabel: stored && stored.value !== null ? SOURCE_LABELS[stored.source] : null,
        note: stored?.note ?? null,
        computed: computed.get(indicator.id) ?? null,
        tierIndex,
        tierText:
          value === null
            ? 'Non renseignée'
            : tierIndex === null
              ? 'Aucun palier atteint'
              : indicator.tiers.length === 1
                ? 'Objectif atteint'
                : `Palier ${tierIndex + 1} sur ${indicator.tiers.length}`,
        earnedCents: assessed?.earnedCents ?? 0,
        earnedText: formatEuros(assessed?.earnedCents ?? 0),
        explanation: assessed?.explanation ?? '',
        evidenceExpected: [...indicator.evidence],
      };
    }),
    missions: variable.missions.map((m) => ({
      mission: m.mission,
      label: MISSION_LABELS[m.mission],
      earnedText: formatEuros(m.earnedCents),
      envelopeText: formatAmount(m.envelopeCents),
      payableCents: m.payableCents,
      payableText: formatAmount(m.payableCents),
      explanation: m.explanation,
    })),
    totalPayableText: formatAmount(variable.totalPayableCents),
    evidence: evidence.map(toEvidenceDto),
    permissions: {
      edit: canEditIndicators(ctx.principal, cpts) && !record?.assessedOn,
      close: canCloseAssessment(ctx.principal, cpts),
    },
    isDemo: contract.isDemo,
  };
}

export async function getAssessment(ctx: AciAssessmentContext, contractId: string, year: number): Promise<AssessmentDto> {
  const loaded = await loadContract(ctx.ports, ctx, contractId);
  return buildAssessmentDto(ctx.ports, ctx, loaded, year);
}

/** The year's assessment open for changes (created when absent), locked with its contract. */
async function openAssessment(ports: AciAssessmentPorts, ctx: AciAssessmentContext, contractId: string, year: number) {
  const loaded = await loadContract(ports, ctx, contractId, true);
  assertEditsIndicators(ctx, loaded.cpts);
  const period = yearOfContract(loaded.contract, year);
  if (period.startsOn > ctx.today) {
    throw conflict(`L'année ${year} du contrat commence le ${formatDate(period.startsOn)} : son évaluation viendra ensuite.`, 'year');
  }
  const record = (await assessmentOf(ports, contractId, year)) ?? blankAssessment(loaded.contract, year, ctx.now);
  if (record.assessedOn) {
    throw conflict(
      `L'évaluation de l'année ${year} est close depuis le ${formatDate(record.assessedOn)} : l'ARS ou la CPAM peut la rouvrir.`,
    );
  }
  const indicators = await ports.aciContracts.indicators(contractId);
  return { ...loaded, period, record, indicators };
}

function withValues(record: AssessmentRecord, changes: readonly AssessedValue[], now: Date): AssessmentRecord {
  const next = new Map(record.values.map((v) => [v.indicatorId, v]));
  for (const change of changes) {
    if (change.value === null && !change.note) next.delete(change.indicatorId);
    else next.set(change.indicatorId, change);
  }
  return { ...record, values: [...next.values()], updatedAt: now };
}

function checkValue(indicator: IndicatorLine, value: number | null, field: string): void {
  if (value === null) return;
  if (!Number.isFinite(value)) throw invalid(field, 'La valeur doit être un nombre.');
  if (indicator.unit === YES_NO && value !== 0 && value !== 1) throw invalid(field, `« ${indicator.label} » attend oui (1) ou non (0).`);
}

/** Typed values: only the lines sent change; a `null` value clears the line. */
export async function saveAssessmentValues(
  ctx: AciAssessmentContext,
  target: { contractId: string; year: number },
  values: readonly { indicatorId: string; value: number | null; note?: string | null | undefined }[],
): Promise<void> {
  await ctx.transaction(async (ports) => {
    const { record, indicators } = await openAssessment(ports, ctx, target.contractId, target.year);
    const byId = new Map(indicators.map((i) => [i.id, i]));
    const seen = new Set<string>();
    const changes = values.map((entry, index): AssessedValue => {
      const indicator = byId.get(entry.indicatorId);
      if (!indicator) throw invalid(`values[${index}].indicatorId`, `Aucun indicateur « ${entry.indicatorId} » dans ce contrat.`);
      if (seen.has(entry.indicatorId)) throw invalid(`values[${index}].indicatorId`, 'Cet indicateur figure deux fois.');
      seen.add(entry.indicatorId);
      checkValue(indicator, entry.value, `values[${index}].value`);
      return { indicatorId: entry.indicatorId, value: entry.value, source: 'typed', note: entry.note?.trim() || null };
    });
    await ports.aciAssessments.save(withValues(record, changes, ctx.now));
  });
}

/** Takes the values Maillon computes for the lines that have a metric; each keeps how it was computed as its note. */
export async function applyComputedValues(ctx: AciAssessmentContext, target: { contractId: string; year: number }): Promise<void> {
  await ctx.transaction(async (ports) => {
    const { cpts, period, record, indicators } = await openAssessment(ports, ctx, target.contractId, target.year);
    const computed = await computedValues(ports, { cpts, period, indicators, today: ctx.today });
    if (computed.size === 0) {
      throw conflict('Aucun indicateur du contrat n’est calculé par Maillon (source « Maillon » avec un calcul choisi).');
    }
    const changes = [...computed.entries()].map(
      ([indicatorId, c]): AssessedValue => ({ indicatorId, value: c.value, source: 'computed', note: c.explanation }),
    );
    await ports.aciAssessments.save(withValues(record, changes, ctx.now));
  });
}

/**
 * The CPAM file: a preview of each line understood (with the value it replaces) and each line
 * rejected with its number; applying writes only the lines understood, never erasing the values
 * the file does not mention.
 */
export async function importAssessmentCsv(
  ctx: AciAssessmentContext,
  target: { contractId: string; year: number },
  input: { content: string; apply: boolean },
): Promise<Omit<AssessmentImportDto, 'assessment'>> {
  return ctx.transaction(async (ports) => {
    const { record, indicators } = await openAssessment(ports, ctx, target.contractId, target.year);
    const read = readAssessmentCsv(input.content, indicators);
    const byId = new Map(indicators.map((i) => [i.id, i]));
    const previous = new Map(record.values.map((v) => [v.indicatorId, v.value]));
    if (input.apply) {
      if (read.rows.length === 0) throw invalid('content', 'Aucune ligne du fichier ne peut être reprise : voyez les lignes refusées.');
      const changes = read.rows.map(
        (row): AssessedValue => ({ indicatorId: row.indicatorId, value: row.value, source: 'imported', note: row.note }),
      );
      await ports.aciAssessments.save(withValues(record, changes, ctx.now));
    }
    return {
      applied: input.apply,
      columns: read.columns.map((c) => ({ header: c.header, readAsLabel: c.readAs ? COLUMN_LABELS[c.readAs] : 'ignorée' })),
      rows: read.rows.map((row) => {
        const indicator = byId.get(row.indicatorId) as IndicatorLine;
        return {
          line: row.line,
          indicatorId: row.indicatorId,
          label: row.label,
          valueText: valueText(indicator, row.value),
          previousText: valueText(indicator, previous.get(row.indicatorId) ?? null),
          note: row.note,
        };
      }),
      rejections: read.rejections,
    };
  });
}

/** Closes the year's assessment on its date: the variable part enters the payment schedule (variablePaymentsOf). */
export async function closeAssessment(ctx: AciAssessmentContext, target: { contractId: string; year: number }, assessedOn: string) {
  await ctx.transaction(async (ports) => {
    const { contract, cpts } = await loadContract(ports, ctx, target.contractId, true);
    if (!canCloseAssessment(ctx.principal, cpts)) {
      throw forbidden("L'évaluation annuelle est close par l'ARS ou la CPAM du contrat.");
    }
    const period = yearOfContract(contract, target.year);
    if (assessedOn > ctx.today) throw invalid('assessedOn', 'La date de clôture ne peut pas être dans le futur.');
    if (assessedOn < period.startsOn) {
      throw invalid(
        'assessedOn',
        `L'évaluation de l'année ${target.year} ne peut pas précéder son début (${formatDate(period.startsOn)}).`,
      );
    }
    const record = (await assessmentOf(ports, contract.id, target.year)) ?? blankAssessment(contract, target.year, ctx.now);
    if (record.assessedOn) throw conflict(`L'évaluation de l'année ${target.year} est déjà close (${formatDate(record.assessedOn)}).`);
    await ports.aciAssessments.save({ ...record, assessedOn, updatedAt: ctx.now });
  });
}

/** Reopens a closed assessment (a correction): its variable part leaves the schedule until closed again. */
export async function reopenAssessment(ctx: AciAssessmentContext, target: { contractId: string; year: number }) {
  await ctx.transaction(async (ports) => {
    const { contract, cpts } = await loadContract(ports, ctx, target.contractId, true);
    if (!canCloseAssessment(ctx.principal, cpts)) throw forbidden("L'évaluation annuelle est rouverte par l'ARS ou la CPAM du contrat.");
    yearOfContract(contract, target.year);
    const record = await assessmentOf(ports, contract.id, target.year);
    if (!record?.assessedOn) throw conflict(`L'évaluation de l'année ${target.year} n'est pas close.`);
    await ports.aciAssessments.save({ ...record, assessedOn: null, updatedAt: ctx.now });
  });
}
