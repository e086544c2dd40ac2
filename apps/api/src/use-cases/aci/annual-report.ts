import type { AssessmentDto, ContractDto } from '@maillon/contracts';
import {
  canManageContracts,
  canRecordMissionProgress,
  contractSignedOn,
  countDay,
  dayIn,
  formatDate,
  formatEuros,
  type MemberRecord,
  STAGE_LABELS,
} from '@maillon/domain';
import type { AciAssessmentContext } from './aci-ports.ts';
import { currentAciReference } from './aci-reference.ts';
import { buildAssessmentDto, yearOfContract } from './assessments.ts';
import { toContractDto } from './contract-dto.ts';
import { loadContract } from './contracts.ts';
import { variablePaymentsOf } from './variable-payments.ts';

export interface ReportPaymentRow {
  date: string;
  dateText: string;
  item: string;
  kind: string;
  amountCents: number | null;
  amountText: string;
  paid: boolean;
}

/** Everything the annual activity report prints, computed from the stored data (PDF and XLSX read the same). */
export interface AnnualReport {
  generatedOn: string;
  isDemo: boolean;
  cpts: {
    name: string;
    legalForm: string;
    siret: string | null;
    finess: string | null;
    address: string | null;
    email: string | null;
    stageLabel: string;
    departementCodes: string[];
  };
  contract: {
    signedOnText: string;
    endsOnText: string;
    statusLabel: string;
    sizeCategory: number;
    populationText: string;
  };
  year: { number: number; startsOn: string; endsOn: string; periodText: string; versionLabel: string };
  missions: ContractDto['deadlines'];
  assessment: AssessmentDto;
  payments: { rows: ReportPaymentRow[]; dueCents: number; paidCents: number; unknownLines: number; dueText: string; paidText: string };
  membership: {
    countedOn: string;
    countedOnText: string;
    members: number;
    professionals: number;
    structures: number;
    joined: number;
    left: number;
    byProfession: { label: string; count: number }[];
    assembliesHeld: number;
  };
}

const memberOn = (m: Pick<MemberRecord, 'joinedOn' | 'leftOn'>, day: string) =>
  m.joinedOn !== null && m.joinedOn <= day && (m.leftOn === null || m.leftOn > day);

/**
 * The annual activity report of a contract year (issue #8 point 6; docs/reference/aci.md §5):
 * CPTS identity, missions and their state, indicators against their targets, amounts earned
 * and paid in the year, membership and engagement figures.
 */
export async function annualReport(ctx: AciAssessmentContext, contractId: string, year: number): Promise<AnnualReport> {
  const ports = ctx.ports;
  const loaded = await loadContract(ports, ctx, contractId);
  const { contract, cpts } = loaded;
  const period = yearOfContract(contract, year);
  const [reference, indicators, assessments, members, assemblies] = await Promise.all([
    currentAciReference(ports),
    ports.aciContracts.indicators(contract.id),
    ports.aciAssessments.ofContract(contract.id),
    ports.members.list(cpts.id),
    ports.assemblies.list(cpts.id),
  ]);
  const dto = toContractDto(contract, {
    reference,
    today: ctx.today,
    variablePayments: contractSignedOn(contract) ? variablePaymentsOf(contract, { reference, indicators, assessments }) : [],
    permissions: { manage: canManageContracts(ctx.principal, cpts), recordProgress: canRecordMissionProgress(ctx.principal, cpts) },
  });
  const assessment = await buildAssessmentDto(ports, ctx, loaded, year);
  const envelope = dto.years.find((y) => y.year === year);
  const rows = dto.schedule.rows
    .filter((row) => row.contractYear === year)
    .map(
      (row): ReportPaymentRow => ({
        date: row.date,
        dateText: formatDate(row.date),
        item: row.item,
        kind: row.kind,
        amountCents: row.amountCents,
        amountText: row.amount,
        paid: row.date <= ctx.today,
      }),
    );
  const sum = (list: readonly ReportPaymentRow[]) => list.reduce((total, row) => total + (row.amountCents ?? 0), 0);
  const dueCents = sum(rows);
  const paidCents = sum(rows.filter((r) => r.paid));
  const unknownLines = rows.filter((r) => r.amountCents === null).length;
  const countedOn = countDay(period, ctx.today);
  const active = members.filter((m) => memberOn(m, countedOn));
  const professions = new Map<string, number>();
  for (const m of active.filter((m) => m.kind === 'professional')) {
    const label = m.professionLabel ?? 'Profession non renseignée';
    professions.set(label, (professions.get(label) ?? 0) + 1);
  }
  return {
    generatedOn: ctx.today,
    isDemo: contract.isDemo || cpts.isDemo,
    cpts: {
      name: cpts.name,
      legalForm: cpts.legalForm,
      siret: cpts.siret,
      finess: cpts.finess,
      address: cpts.address,
      email: cpts.email,
      stageLabel: STAGE_LABELS[cpts.stage],
      departementCodes: [...cpts.departementCodes],
    },
    contract: {
      signedOnText: dto.signedOn ? formatDate(dto.signedOn) : 'non signé',
      endsOnText: dto.endsOn ? formatDate(dto.endsOn) : '—',
      statusLabel: dto.statusLabel,
      sizeCategory: envelope?.sizeCategory ?? dto.sizeCategory,
      populationText: `${dto.population.toLocaleString('fr-FR')} habitants (INSEE ${dto.populationVintage})`,
    },
    year: {
      number: year,
      startsOn: period.startsOn,
      endsOn: period.endsOn,
      periodText: `du ${formatDate(period.startsOn)} au ${formatDate(period.endsOn)}`,
      versionLabel: envelope?.versionLabel ?? '',
    },
    missions: dto.deadlines,
    assessment,
    payments: {
      rows,
      dueCents,
      paidCents,
      unknownLines,
      dueText: `${formatEuros(dueCents)}${unknownLines ? ` (au moins : ${unknownLines} montant(s) non connu(s))` : ''}`,
      paidText: formatEuros(paidCents),
    },
    membership: {
      countedOn,
      countedOnText: formatDate(countedOn),
      members: active.length,
      professionals: active.filter((m) => m.kind === 'professional').length,
      structures: active.filter((m) => m.kind === 'structure').length,
      joined: members.filter((m) => m.joinedOn !== null && m.joinedOn >= period.startsOn && m.joinedOn <= countedOn).length,
      left: members.filter((m) => m.leftOn !== null && m.leftOn >= period.startsOn && m.leftOn <= countedOn).length,
      byProfession: [...professions.entries()]
        .map(([label, count]) => ({ label, count }))
        .sort((a, b) => b.count - a.count || a.label.localeCompare(b.label, 'fr')),
      assembliesHeld: assemblies.filter((a) => {
        const day = dayIn(a.scheduledAt);
        return a.status === 'closed' && day >= period.startsOn && day <= countedOn;
      }).length,
    },
  };
}

/** « rapport-activite-cpts-du-pays-annee-2.pdf ». */
export function reportFileName(report: AnnualReport, extension: 'pdf' | 'xlsx'): string {
  const slug = report.cpts.name
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60);
  return `rapport-activite-${slug || 'cpts'}-annee-${report.year.number}.${extension}`;
}
