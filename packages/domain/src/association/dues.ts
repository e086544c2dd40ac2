import { DomainError, invalid } from '../errors.ts';
import { isIsoDate } from '../lifecycle/dates.ts';
import type { MemberStatus } from './membership.ts';

/** Paid, unpaid, or nothing to pay (a category without dues, e.g. partners). */
export const DUES_STATUSES = ['paid', 'unpaid', 'exempt'] as const;
export type DuesStatus = (typeof DUES_STATUSES)[number];

export interface DuesRecord {
  year: number;
  amountCents: number;
  paidOn: string | null;
  receiptNumber: string | null;
}

const RECEIPT = /^(\d{4})-(\d+)$/;

/**
 * Next receipt number of a CPTS for a year, `<year>-<seq>` with a four-digit sequence.
 * Numbers are never reused: a cancelled payment keeps its number (accounting continuity), so
 * the sequence follows the highest number ever issued that year.
 */
export function nextReceiptNumber(year: number, issued: readonly string[]): string {
  let highest = 0;
  for (const number of issued) {
    const match = RECEIPT.exec(number);
    if (match && Number(match[1]) === year) highest = Math.max(highest, Number(match[2]));
  }
  return `${year}-${String(highest + 1).padStart(4, '0')}`;
}

/** Whether a member's dues for a year are paid, unpaid or not due (category without dues). */
export function duesStatus(record: Pick<DuesRecord, 'paidOn'> | null, yearlyDuesCents: number): DuesStatus {
  if (record?.paidOn) return 'paid';
  return yearlyDuesCents > 0 ? 'unpaid' : 'exempt';
}

export interface DuesPaymentRequest {
  member: { status: MemberStatus; joinedOn: string | null; leftOn: string | null; categoryId: string | null };
  year: number;
  paidOn: string | null;
  amountCents: number;
  today: string;
}

/**
 * Checks a payment (or its cancellation, `paidOn: null`) of a year's dues: only a member of that
 * year pays, on a date not in the future, a positive amount.
 */
export function checkDuesPayment(request: DuesPaymentRequest): void {
  const { member, year, paidOn, amountCents, today } = request;
  const currentYear = Number(today.slice(0, 4));
  if (!Number.isInteger(year) || year < 2000 || year > currentYear + 1) {
    throw invalid('year', `Année de cotisation invalide (entre 2000 et ${currentYear + 1}).`);
  }
  if (member.status !== 'active' && member.status !== 'left') {
    throw new DomainError('CONFLICT', 'Seul un adhérent (adhésion validée) paie une cotisation.', 'memberId');
  }
  if (!member.categoryId) throw invalid('categoryId', "L'adhérent n'a pas de catégorie : choisissez-la d'abord.");
  if (member.joinedOn && year < Number(member.joinedOn.slice(0, 4))) {
    throw invalid('year', "L'adhérent n'était pas encore membre cette année-là.");
  }
  if (member.leftOn && year > Number(member.leftOn.slice(0, 4))) {
    throw invalid('year', "L'adhérent avait quitté l'association cette année-là.");
  }
  if (paidOn === null) return;
  if (!isIsoDate(paidOn)) throw invalid('paidOn', 'Date au format AAAA-MM-JJ attendue.');
  if (paidOn > today) throw invalid('paidOn', 'La date de paiement ne peut pas être dans le futur.');
  if (!Number.isInteger(amountCents) || amountCents <= 0) {
    throw invalid('amountCents', 'Le montant de la cotisation doit être positif (catégorie sans cotisation : rien à régler).');
  }
}

/** Share of members paid among those who owe dues (exempt ones left out); null when nobody owes. */
export function paidRate(statuses: readonly DuesStatus[]): number | null {
  const owing = statuses.filter((s) => s !== 'exempt');
  if (owing.length === 0) return null;
  return owing.filter((s) => s === 'paid').length / owing.length;
}

export interface DuesPaymentPlanRequest extends Omit<DuesPaymentRequest, 'amountCents'> {
  /** The amount said with the payment; otherwise the one recorded, else the category's dues. */
  amountCents: number | undefined;
  /** What was recorded for that year, if anything. */
  existing: Pick<DuesRecord, 'amountCents' | 'receiptNumber'> | undefined;
  /** The yearly dues of the member's category (0 or absent: none). */
  yearlyDuesCents: number | undefined;
  /** Receipt numbers the CPTS already issued that year. */
  issued: readonly string[];
}

/**
 * Plans the recording of a year's dues (or its cancellation, `paidOn: null`) after checking it
 * (`checkDuesPayment`): the amount, and the receipt number, given at the first payment and kept
 * by a cancelled one (numbers are never reused). docs/reference/association.md §3.
 */
export function planDuesPayment(request: DuesPaymentPlanRequest): { amountCents: number; receiptNumber: string | null } {
  const amountCents = request.amountCents ?? request.existing?.amountCents ?? request.yearlyDuesCents ?? 0;
  checkDuesPayment({ ...request, amountCents });
  const receiptNumber = request.existing?.receiptNumber ?? (request.paidOn ? nextReceiptNumber(request.year, request.issued) : null);
  return { amountCents, receiptNumber };
}

/** A receipt is issued for a paid year only; answers the payment it attests. */
export function receiptOf<R extends DuesRecord>(row: R | undefined, year: number): R & { paidOn: string; receiptNumber: string } {
  if (!row?.paidOn || !row.receiptNumber) {
    throw new DomainError('CONFLICT', `La cotisation ${year} de cet adhérent n'est pas réglée : pas de reçu.`, 'year');
  }
  return { ...row, paidOn: row.paidOn, receiptNumber: row.receiptNumber };
}
