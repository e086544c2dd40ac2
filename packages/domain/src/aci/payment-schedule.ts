import type { SizeCategoryRule } from '../territory/size-category.ts';
import type { AciReference } from './aci-version.ts';
import type { AciContract } from './contract.ts';
import { checkContract, requireSignedOn } from './contract-validation.ts';
import { anniversary, CONTRACT_YEARS, contractYears } from './contract-years.ts';
import { contractYearEnvelope, type YearEnvelope } from './envelope.ts';
import { fixedLines } from './fixed-lines.ts';
import { missionOrder } from './missions.ts';
import { PAYMENT_KINDS, type PaymentLine } from './payment-line.ts';
import { checkVariablePayments, type VariablePayment, variableLines } from './variable-lines.ts';

export interface PaymentSchedule {
  signedOn: string;
  /** The envelope of each contract year the contract runs into (version, taille, amounts). */
  years: YearEnvelope[];
  /** Dated lines, by date, then contract year, item and kind. */
  lines: PaymentLine[];
  /** What was not paid and why, in French. */
  notes: string[];
}

function compareLines(a: PaymentLine, b: PaymentLine): number {
  const itemOrder = (line: PaymentLine) => (line.item === 'operating' ? -1 : missionOrder(line.item));
  return (
    a.date.localeCompare(b.date) ||
    a.contractYear - b.contractYear ||
    itemOrder(a) - itemOrder(b) ||
    PAYMENT_KINDS.indexOf(a.kind) - PAYMENT_KINDS.indexOf(b.kind)
  );
}

/**
 * The payment schedule of ACI art. 9 for a contract, as dated lines in cents (docs/reference/aci.md §4,
 * all [C]): the fonctionnement of year 1 in full at signature, then for every later year a
 * 75 % advance at the anniversary and the balance at the yearly settlement (dated on the next
 * anniversary); 75 % of a mission's fixed part when it starts, prorated to the next anniversary
 * (days of the contract year), then at each anniversary the balance of the previous year and
 * 75 % of the new one; the variable part on the day of the yearly assessment; on termination,
 * the interrupted year settled pro rata temporis (repayment of advances not earned). Unknown
 * amounts give lines « montant non connu », never zero.
 */
export function paymentSchedule(
  contract: AciContract,
  options: { reference: AciReference; variablePayments?: readonly VariablePayment[]; sizeRule?: SizeCategoryRule },
): PaymentSchedule {
  const signedOn = requireSignedOn(contract);
  checkContract(contract, options);
  const termination = contract.termination;
  const endExclusive = termination?.effectiveOn ?? anniversary(signedOn, CONTRACT_YEARS);
  const years = contractYears(signedOn)
    .filter((year) => year.startsOn < endExclusive)
    .map((year) => contractYearEnvelope(contract, { reference: options.reference, year: year.year }));
  const payments = options.variablePayments ?? [];
  checkVariablePayments(payments, years);
  const lines = years.flatMap((envelope) => fixedLines(envelope, { signedOn, termination }));
  const notes: string[] = [];
  for (const payment of payments) {
    const envelope = years.find((year) => year.contractYear.year === payment.contractYear);
    if (!envelope) {
      notes.push(`Année ${payment.contractYear} non couverte par le contrat (résilié avant) : évaluation ignorée.`);
      continue;
    }
    const interrupted = termination !== null && termination.effectiveOn < envelope.contractYear.nextAnniversary;
    const variable = variableLines(payment, envelope, interrupted);
    lines.push(...variable.lines);
    notes.push(...variable.notes);
  }
  return { signedOn, years, lines: lines.sort(compareLines), notes };
}
