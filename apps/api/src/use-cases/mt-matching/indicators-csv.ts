import type { WaitingListIndicatorsDto } from '@maillon/contracts';
import { fileNameSlug } from '@maillon/domain';
import { toCsv } from '../engagement/csv.ts';
import type { MtMatchingContext } from './matching-run-ports.ts';
import { cptsWaitingListIndicators, regionWaitingListIndicators } from './waiting-list-figures.ts';

const HEADER = ['CPTS', 'Indicateur', 'Détail', 'Valeur'] as const;
type Row = [string, string, string, string | number | null];

const REGION_TOTAL = 'Ensemble de la région';

/**
 * A decimal with a French decimal comma and no digit grouping (« 12,5 »), so that a French
 * spreadsheet reads it as a number; integers stay numbers. Empty when unknown, never a zero.
 */
const decimal = (value: number | null, digits = 1): string | null => {
  if (value === null || !Number.isFinite(value)) return null;
  const factor = 10 ** digits;
  return String(Math.round(value * factor) / factor).replace('.', ',');
};

const monthLabel = (month: string) =>
  new Intl.DateTimeFormat('fr-FR', { month: 'long', year: 'numeric', timeZone: 'UTC' }).format(new Date(`${month}-01T00:00:00Z`));

/** The rows of one CPTS: the figures of its indicators card (counts only, docs/reference/mt-matching.md §4). */
function cptsRows(d: WaitingListIndicatorsDto): Row[] {
  const n = d.cptsName;
  return [
    [n, 'En attente', 'Total', d.waiting],
    ...d.waitingByGroup.map((g): Row => [n, 'En attente par groupe de priorité', g.label, g.count]),
    ...d.waitingByUnit.map((u): Row => [n, 'En attente par commune', `${u.unitName} (${u.unitCode})`, u.count]),
    ...d.placedByMonth.map((m): Row => [n, 'Placés par mois', monthLabel(m.month), m.count]),
    [n, 'Placés', 'Total', d.placed],
    [n, 'Attente médiane (jours)', '', decimal(d.medianWaitDays)],
    [n, 'Attente au 90e centile (jours)', '', decimal(d.p90WaitDays)],
    [n, 'Réponses dans l’engagement', `${d.responseDays} jours ou moins`, d.answeredInTime],
    [
      n,
      'Réponses dans l’engagement (%)',
      `${d.responseDays} jours ou moins`,
      decimal(d.answeredInTimeRate === null ? null : d.answeredInTimeRate * 100),
    ],
    [n, 'Patients en ALD de la liste CPAM', 'Référence CPAM', d.ald.baseline],
    [n, 'Patients en ALD de la liste CPAM', 'Encore sans médecin traitant', d.ald.stillWaiting],
    [n, 'Patients de 70 ans et plus de la liste CPAM', 'Référence CPAM', d.seniors.baseline],
    [n, 'Patients de 70 ans et plus de la liste CPAM', 'Encore sans médecin traitant', d.seniors.stillWaiting],
  ];
}

/** The region's totals: only what adds up (medians and rates of several lists do not). */
function regionRows(items: WaitingListIndicatorsDto[]): Row[] {
  const sum = (pick: (d: WaitingListIndicatorsDto) => number) => items.reduce((total, d) => total + pick(d), 0);
  const byGroup = new Map<string, number>();
  for (const d of items) for (const g of d.waitingByGroup) byGroup.set(g.label, (byGroup.get(g.label) ?? 0) + g.count);
  const byMonth = new Map<string, number>();
  for (const d of items) for (const m of d.placedByMonth) byMonth.set(m.month, (byMonth.get(m.month) ?? 0) + m.count);
  return [
    [REGION_TOTAL, 'En attente', 'Total', sum((d) => d.waiting)],
    ...[...byGroup].map(([label, count]): Row => [REGION_TOTAL, 'En attente par groupe de priorité', label, count]),
    ...[...byMonth]
      .sort(([a], [b]) => a.localeCompare(b))
      .map(([month, count]): Row => [REGION_TOTAL, 'Placés par mois', monthLabel(month), count]),
    [REGION_TOTAL, 'Placés', 'Total', sum((d) => d.placed)],
    [REGION_TOTAL, 'Réponses dans l’engagement', 'Chaque CPTS selon son engagement', sum((d) => d.answeredInTime)],
    [REGION_TOTAL, 'Patients en ALD de la liste CPAM', 'Référence CPAM', sum((d) => d.ald.baseline)],
    [REGION_TOTAL, 'Patients en ALD de la liste CPAM', 'Encore sans médecin traitant', sum((d) => d.ald.stillWaiting)],
    [REGION_TOTAL, 'Patients de 70 ans et plus de la liste CPAM', 'Référence CPAM', sum((d) => d.seniors.baseline)],
    [REGION_TOTAL, 'Patients de 70 ans et plus de la liste CPAM', 'Encore sans médecin traitant', sum((d) => d.seniors.stillWaiting)],
  ];
}

/** One CPTS's indicators as CSV (`;`, UTF-8 with BOM, French decimals), as the other exports write it. */
export function indicatorsCsv(d: WaitingListIndicatorsDto): string {
  return toCsv(HEADER, cptsRows(d));
}

/** Every readable CPTS of a region, then the region's totals. */
export function regionIndicatorsCsv(items: WaitingListIndicatorsDto[]): string {
  return toCsv(HEADER, [...items.flatMap(cptsRows), ...regionRows(items)]);
}

/** The CSV file of a CPTS's indicators, for its team, its ARS and its CPAM (counts only: no audit entry needed). */
export async function cptsIndicatorsFile(ctx: MtMatchingContext, cptsId: string): Promise<{ name: string; body: string }> {
  const figures = await cptsWaitingListIndicators(ctx, cptsId);
  return { name: `medecin-traitant-indicateurs-${fileNameSlug(figures.cptsName, 'cpts')}-${ctx.today}.csv`, body: indicatorsCsv(figures) };
}

/** The CSV file of a region's CPTS, for the ARS of the region and the CPAM (its département's CPTS). */
export async function regionIndicatorsFile(ctx: MtMatchingContext, regionCode: string): Promise<{ name: string; body: string }> {
  const { items } = await regionWaitingListIndicators(ctx, regionCode);
  return { name: `medecin-traitant-indicateurs-region-${regionCode}-${ctx.today}.csv`, body: regionIndicatorsCsv(items) };
}
