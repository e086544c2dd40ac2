import type { IndicatorDto, IndicatorInput, IndicatorsViewDto } from '@maillon/contracts';
import {
  type AssessmentRecord,
  type CptsRecord,
  canEditIndicators,
  conflict,
  DEFAULT_INDICATORS,
  DomainError,
  forbidden,
  formatEuros,
  formatNumber,
  type IndicatorLine,
  invalid,
  MAILLON_METRIC_LABELS,
  MAILLON_METRICS,
  MISSION_LABELS,
  missionOrder,
  notFound,
  type StoredContract,
  validateIndicators,
} from '@maillon/domain';
import type { AciContext, AciPorts } from './aci-ports.ts';
import { loadContract } from './contracts.ts';

const YES_NO = 'oui/non';

/** « ≥ 50 patients : 9 000,00 € »; « oui : 2 000,00 € » for a yes/no line. */
export function tierText(line: Pick<IndicatorLine, 'unit' | 'direction'>, tier: { threshold: number; amountCents: number }): string {
  if (line.unit === YES_NO) return `oui : ${formatEuros(tier.amountCents)}`;
  return `${line.direction === 'higher' ? '≥' : '≤'} ${formatNumber(tier.threshold)} ${line.unit} : ${formatEuros(tier.amountCents)}`;
}

/** Lines whose value a closed assessment used: editing them would rewrite a variable part already set. */
function lockedIds(assessments: readonly AssessmentRecord[]): Set<string> {
  return new Set(
    assessments.filter((a) => a.assessedOn !== null).flatMap((a) => a.values.filter((v) => v.value !== null).map((v) => v.indicatorId)),
  );
}

export function toIndicatorDto(line: IndicatorLine, locked: boolean): IndicatorDto {
  return {
    id: line.id,
    mission: line.mission,
    missionLabel: MISSION_LABELS[line.mission],
    label: line.label,
    unit: line.unit,
    direction: line.direction,
    directionLabel: line.direction === 'higher' ? 'Plus haut, mieux c’est' : 'Plus bas, mieux c’est',
    baseline: line.baseline,
    baselineText: line.baseline === null ? '—' : line.unit === YES_NO ? (line.baseline >= 1 ? 'oui' : 'non') : formatNumber(line.baseline),
    tiers: line.tiers.map((tier) => ({ ...tier, text: tierText(line, tier) })),
    dataSource: line.dataSource,
    evidence: [...line.evidence],
    metric: line.metric ?? null,
    metricLabel: line.metric ? MAILLON_METRIC_LABELS[line.metric] : null,
    locked,
  };
}

/** The code of a new line from its label: « Patients en ALD » → `patients-en-ald`, made unique. */
export function indicatorCode(label: string, taken: ReadonlySet<string>): string {
  const base =
    label
      .normalize('NFD')
      .replace(/\p{M}/gu, '')
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '')
      .slice(0, 50)
      .replace(/-+$/, '') || 'indicateur';
  if (!taken.has(base)) return base;
  for (let n = 2; ; n++) if (!taken.has(`${base}-${n}`)) return `${base}-${n}`;
}

function lineOf(input: IndicatorInput, id: string): IndicatorLine {
  return {
    id,
    mission: input.mission,
    label: input.label.trim(),
    unit: input.unit.trim(),
    direction: input.direction,
    baseline: input.baseline,
    tiers: input.tiers.map((t) => ({ threshold: t.threshold, amountCents: t.amountCents })),
    dataSource: input.dataSource,
    evidence: (input.evidence ?? []).map((e) => e.trim()).filter(Boolean),
    metric: input.metric ?? null,
  };
}

/** A line sent in a request: the domain's checks, its mission in the contract; each error names the body's field (`tiers[1].threshold`). */
function checkLine(contract: StoredContract, line: IndicatorLine): void {
  try {
    validateIndicators([line]);
  } catch (error) {
    if (error instanceof DomainError && error.field)
      throw new DomainError(error.code, error.message, error.field.replace(/^indicators\[0\]\./, ''));
    throw error;
  }
  if (!contract.missions.some((m) => m.mission === line.mission)) {
    throw invalid('mission', `La mission « ${MISSION_LABELS[line.mission]} » ne figure pas au contrat.`);
  }
}

async function editable(ports: AciPorts, ctx: AciContext, contractId: string) {
  const loaded = await loadContract(ports, ctx, contractId, true);
  assertEditsIndicators(ctx, loaded.cpts);
  return loaded;
}

export function assertEditsIndicators(ctx: AciContext, cpts: CptsRecord): void {
  if (!canEditIndicators(ctx.principal, cpts)) {
    throw forbidden("Les indicateurs du contrat sont saisis par l'équipe de coordination de la CPTS, l'ARS et la CPAM du contrat.");
  }
}

async function view(ports: AciPorts, ctx: AciContext, contract: StoredContract, cpts: CptsRecord): Promise<IndicatorsViewDto> {
  const [lines, assessments] = await Promise.all([
    ports.aciContracts.indicators(contract.id),
    ports.aciAssessments.ofContract(contract.id),
  ]);
  const locked = lockedIds(assessments);
  const present = new Set(lines.map((l) => l.id));
  const missions = new Set(contract.missions.map((m) => m.mission));
  return {
    contractId: contract.id,
    items: lines.map((line) => toIndicatorDto(line, locked.has(line.id))),
    missions: contract.missions
      .map((m) => m.mission)
      .sort((a, b) => missionOrder(a) - missionOrder(b))
      .map((mission) => ({ mission, label: MISSION_LABELS[mission] })),
    metrics: MAILLON_METRICS.map((metric) => ({ metric, label: MAILLON_METRIC_LABELS[metric] })),
    defaultsAvailable: DEFAULT_INDICATORS.filter((d) => !present.has(d.id) && missions.has(d.mission)).length,
    permissions: { edit: canEditIndicators(ctx.principal, cpts) },
  };
}

export async function indicatorsView(ctx: AciContext, contractId: string): Promise<IndicatorsViewDto> {
  const { contract, cpts } = await loadContract(ctx.ports, ctx, contractId);
  return view(ctx.ports, ctx, contract, cpts);
}

/** Adds a line at the end (its code derived from the label unless given). */
export async function addIndicator(ctx: AciContext, contractId: string, input: IndicatorInput): Promise<IndicatorsViewDto> {
  return ctx.transaction(async (ports) => {
    const { contract, cpts } = await editable(ports, ctx, contractId);
    const lines = await ports.aciContracts.indicators(contractId);
    const taken = new Set(lines.map((l) => l.id));
    if (input.id && taken.has(input.id)) throw invalid('id', `Le code « ${input.id} » est déjà celui d'un autre indicateur du contrat.`);
    const line = lineOf(input, input.id ?? indicatorCode(input.label, taken));
    const next = [...lines, line];
    checkLine(contract, line);
    validateIndicators(next);
    await ports.aciContracts.replaceIndicators(contractId, next);
    return view(ports, ctx, contract, cpts);
  });
}

async function lockedLine(ports: AciPorts, contractId: string, indicatorId: string): Promise<boolean> {
  return lockedIds(await ports.aciAssessments.ofContract(contractId)).has(indicatorId);
}

/** Replaces one line (its code stays); refused once a closed assessment used it. */
export async function updateIndicator(
  ctx: AciContext,
  target: { contractId: string; indicatorId: string },
  input: IndicatorInput,
): Promise<IndicatorsViewDto> {
  return ctx.transaction(async (ports) => {
    const { contract, cpts } = await editable(ports, ctx, target.contractId);
    const lines = await ports.aciContracts.indicators(target.contractId);
    const index = lines.findIndex((l) => l.id === target.indicatorId);
    if (index < 0) throw notFound('Indicateur introuvable.');
    if (input.id !== undefined && input.id !== target.indicatorId) throw invalid('id', "Le code d'un indicateur ne change pas.");
    if (await lockedLine(ports, target.contractId, target.indicatorId)) {
      throw conflict('Une évaluation close utilise cet indicateur : rouvrez-la pour le modifier.');
    }
    const line = lineOf(input, target.indicatorId);
    checkLine(contract, line);
    const next = lines.map((l, i) => (i === index ? line : l));
    await ports.aciContracts.replaceIndicators(target.contractId, next);
    return view(ports, ctx, contract, cpts);
  });
}

/** Removes a line; its values stay stored but no longer count. Refused once a closed assessment used it. */
export async function removeIndicator(ctx: AciContext, target: { contractId: string; indicatorId: string }): Promise<IndicatorsViewDto> {
  return ctx.transaction(async (ports) => {
    const { contract, cpts } = await editable(ports, ctx, target.contractId);
    const lines = await ports.aciContracts.indicators(target.contractId);
    if (!lines.some((l) => l.id === target.indicatorId)) throw notFound('Indicateur introuvable.');
    if (await lockedLine(ports, target.contractId, target.indicatorId)) {
      throw conflict('Une évaluation close utilise cet indicateur : il ne peut plus être retiré.');
    }
    await ports.aciContracts.replaceIndicators(
      target.contractId,
      lines.filter((l) => l.id !== target.indicatorId),
    );
    return view(ports, ctx, contract, cpts);
  });
}

/** Adds the example lines of the ACI (default-indicators.ts) the contract does not have yet, for its missions. */
export async function proposeDefaultIndicators(ctx: AciContext, contractId: string): Promise<IndicatorsViewDto> {
  return ctx.transaction(async (ports) => {
    const { contract, cpts } = await editable(ports, ctx, contractId);
    const lines = await ports.aciContracts.indicators(contractId);
    const present = new Set(lines.map((l) => l.id));
    const missions = new Set(contract.missions.map((m) => m.mission));
    const added = DEFAULT_INDICATORS.filter((d) => !present.has(d.id) && missions.has(d.mission));
    if (added.length === 0) throw conflict('Les lignes types de l’ACI figurent déjà au contrat.');
    const next = [...lines, ...added];
    validateIndicators(next);
    await ports.aciContracts.replaceIndicators(contractId, next);
    return view(ports, ctx, contract, cpts);
  });
}
