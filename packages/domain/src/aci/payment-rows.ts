import { formatAmount, formatDate } from '../format/index.ts';
import { AMOUNT_ITEM_LABELS, AMOUNT_PART_LABELS, PAYMENT_KIND_LABELS, VALUE_STATUS_LABELS } from './labels.ts';
import type { PaymentLine } from './payment-line.ts';

/** A payment line as a French reader sees it (schedule table, XLSX and PDF exports). */
export interface FrenchPaymentRow {
  date: string;
  year: string;
  item: string;
  part: string;
  kind: string;
  amount: string;
  basis: string;
  explanation: string;
}

/** « 15/03/2023 · Année 1 · Fonctionnement · Avance · 131 250,00 € · … » for each line. */
export function frenchPaymentRows(lines: readonly PaymentLine[]): FrenchPaymentRow[] {
  return lines.map((line) => ({
    date: formatDate(line.date),
    year: `Année ${line.contractYear}`,
    item: AMOUNT_ITEM_LABELS[line.item],
    part: AMOUNT_PART_LABELS[line.part],
    kind: PAYMENT_KIND_LABELS[line.kind],
    amount: formatAmount(line.amountCents),
    basis: VALUE_STATUS_LABELS[line.basis],
    explanation: line.explanation,
  }));
}
