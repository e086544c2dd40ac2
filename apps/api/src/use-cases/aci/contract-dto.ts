import type { AmountFigureDto, ContractDto } from '@maillon/contracts';
import {
  type AciReference,
  type AmountFigure,
  CONTRACT_DEADLINE_STATUS_LABELS,
  contractEndsOn,
  contractMissionDeadlines,
  contractSignedOn,
  contractYearOn,
  formatAmount,
  formatEuros,
  frenchPaymentRows,
  MISSION_KIND_LABELS,
  MISSION_LABELS,
  missionIntroduction,
  paymentSchedule,
  type StoredContract,
  scheduleTotals,
  TERMINATION_REASON_LABELS,
  VALUE_STATUS_LABELS,
  type VariablePayment,
} from '@maillon/domain';

const figure = (f: AmountFigure): AmountFigureDto => ({
  label: f.label,
  cents: f.cents,
  text: formatAmount(f.cents),
  status: f.status,
  statusLabel: VALUE_STATUS_LABELS[f.status],
  sourceUrl: f.source.url,
  sourceCitation: f.source.citation,
});

/** Where a contract stands today: awaiting a signature, in force, ended, or terminated. */
export function contractStatus(contract: StoredContract, today: string): { status: ContractDto['status']; label: string } {
  const signedOn = contractSignedOn(contract);
  if (!signedOn) return { status: 'awaitingSignatures', label: 'En attente de signatures' };
  if (contract.termination && contract.termination.effectiveOn <= today) return { status: 'terminated', label: 'Résilié' };
  if (contractEndsOn(signedOn) < today) return { status: 'ended', label: 'Arrivé à échéance' };
  return { status: 'inForce', label: contract.termination ? 'En vigueur, résiliation notifiée' : 'En vigueur' };
}

/**
 * A contract as the CPTS page shows it: signatures, taille, missions and their deadlines, the
 * envelope of each contract year with the status of every figure, and the payment schedule of
 * ACI art. 9 (with the variable parts of the assessments already made).
 */
export function toContractDto(
  contract: StoredContract,
  options: {
    reference: AciReference;
    today: string;
    variablePayments: readonly VariablePayment[];
    permissions: ContractDto['permissions'];
  },
): ContractDto {
  const { reference, today } = options;
  const signedOn = contractSignedOn(contract);
  const { status, label } = contractStatus(contract, today);
  const schedule = signedOn ? paymentSchedule(contract, { reference, variablePayments: options.variablePayments }) : null;
  const totals = schedule ? scheduleTotals(schedule.lines) : null;
  const kindOf = (mission: StoredContract['missions'][number]['mission']) =>
    missionIntroduction(reference, mission, signedOn ?? today)?.version.missions.find((t) => t.mission === mission)?.kind ?? 'optional';
  const progress = new Map(contract.missions.map((m) => [m.mission, m]));
  const rows = schedule ? frenchPaymentRows(schedule.lines) : [];
  return {
    id: contract.id,
    cptsId: contract.cptsId,
    status,
    statusLabel: label,
    signedOn,
    endsOn: signedOn ? contractEndsOn(signedOn) : null,
    signatures: contract.signatures,
    population: contract.population.count,
    populationVintage: contract.population.vintage,
    sizeCategory: contract.sizeCategory,
    renewsId: contract.renews,
    termination: contract.termination
      ? { ...contract.termination, reasonLabel: TERMINATION_REASON_LABELS[contract.termination.reason] }
      : null,
    missions: contract.missions.map((m) => ({
      mission: m.mission,
      label: MISSION_LABELS[m.mission],
      kindLabel: MISSION_KIND_LABELS[kindOf(m.mission)],
      startedOn: m.startedOn,
      deployedOn: m.deployedOn,
      startWithinMonths: m.startWithinMonths ?? null,
      deployedWithinMonths: m.deployedWithinMonths ?? null,
    })),
    amendments: contract.amendments.map((a) => ({
      signedOn: a.signedOn,
      effectiveFrom: a.effectiveFrom,
      population: a.population.count,
      populationVintage: a.population.vintage,
      sizeCategory: a.sizeCategory,
      reason: a.reason,
    })),
    currentYear: signedOn ? (contractYearOn(signedOn, today)?.year ?? null) : null,
    years: (schedule?.years ?? []).map((envelope) => ({
      year: envelope.contractYear.year,
      startsOn: envelope.contractYear.startsOn,
      endsOn: envelope.contractYear.endsOn,
      versionLabel: envelope.version.label,
      sizeCategory: envelope.size.sizeCategory,
      operating: figure(envelope.operating),
      missions: envelope.missions.map((m) => ({
        mission: m.mission,
        label: MISSION_LABELS[m.mission],
        fixed: figure(m.fixed),
        variable: m.variable ? figure(m.variable) : null,
      })),
      totalText: envelope.totalCents === null ? `au moins ${formatEuros(envelope.knownCents)}` : formatEuros(envelope.totalCents),
      unknown: envelope.unknown,
    })),
    deadlines: signedOn
      ? contractMissionDeadlines(contract, { reference, today }).map((d) => ({
          mission: d.mission,
          label: d.label,
          kindLabel: MISSION_KIND_LABELS[d.kind],
          clockStartsOn: d.clockStartsOn,
          startBy: d.startBy,
          deployedBy: d.deployedBy,
          startStatus: d.startStatus,
          startStatusLabel: CONTRACT_DEADLINE_STATUS_LABELS[d.startStatus],
          deployStatus: d.deployStatus,
          deployStatusLabel: CONTRACT_DEADLINE_STATUS_LABELS[d.deployStatus],
          explanation: d.explanation,
          startedOn: progress.get(d.mission)?.startedOn ?? null,
          deployedOn: progress.get(d.mission)?.deployedOn ?? null,
        }))
      : [],
    schedule: {
      rows: rows.map((row, i) => {
        const line = schedule?.lines[i];
        return {
          date: line?.date ?? '',
          contractYear: line?.contractYear ?? 0,
          item: row.item,
          kind: row.kind,
          amountCents: line?.amountCents ?? null,
          amount: row.amount,
          basis: row.basis,
          explanation: row.explanation,
        };
      }),
      notes: schedule?.notes ?? [],
      totalText: totals
        ? `${formatEuros(totals.overall.netCents)}${totals.overall.unknownLines ? ` (au moins : ${totals.overall.unknownLines} montant(s) non connu(s))` : ''}`
        : '—',
      byYear: totals
        ? Object.entries(totals.byYear).map(([year, total]) => ({
            year: Number(year),
            netText: `${formatEuros(total.netCents)}${total.unknownLines ? ' (au moins)' : ''}`,
          }))
        : [],
    },
    isDemo: contract.isDemo,
    permissions: options.permissions,
  };
}
