import { invalid } from '../errors.ts';
import { formatAmount, formatDate, formatEuros } from '../format/index.ts';
import { isIsoDate } from '../lifecycle/dates.ts';
import type { YearEnvelope } from './envelope.ts';
import { MISSION_LABELS } from './labels.ts';
import type { AciMission } from './missions.ts';
import type { PaymentLine } from './payment-line.ts';

/** The variable part a yearly assessment grants, per mission (`assessVariablePart`'s result fits). */
export interface VariablePayment {
  contractYear: number;
  /** The day of the yearly assessment; the variable part is paid then (ACI art. 9, Senate [C]). */
  assessedOn: string;
  missions: readonly { mission: AciMission; payableCents: number | null }[];
}

/** Checks the assessments handed to the schedule (fields `variablePayments[i]…`). */
export function checkVariablePayments(payments: readonly VariablePayment[], years: readonly YearEnvelope[]): void {
  const seen = new Set<number>();
  payments.forEach((payment, index) => {
    const field = `variablePayments[${index}]`;
    const year = years.find((candidate) => candidate.contractYear.year === payment.contractYear);
    if (!Number.isInteger(payment.contractYear) || payment.contractYear < 1 || payment.contractYear > 5) {
      throw invalid(`${field}.contractYear`, "L'année de contrat doit être comprise entre 1 et 5.");
    }
    if (seen.has(payment.contractYear)) throw invalid(`${field}.contractYear`, 'Une seule évaluation annuelle par année de contrat.');
    seen.add(payment.contractYear);
    if (!isIsoDate(payment.assessedOn)) throw invalid(`${field}.assessedOn`, 'Date au format AAAA-MM-JJ attendue.');
    if (year && payment.assessedOn < year.contractYear.startsOn) {
      throw invalid(
        `${field}.assessedOn`,
        `L'évaluation de l'année ${payment.contractYear} ne peut pas précéder son début (${formatDate(year.contractYear.startsOn)}).`,
      );
    }
    const missions = new Set<AciMission>();
    payment.missions.forEach((entry, position) => {
      if (missions.has(entry.mission))
        throw invalid(`${field}.missions[${position}].mission`, 'Cette mission figure deux fois dans l’évaluation.');
      missions.add(entry.mission);
      const cents = entry.payableCents;
      if (cents !== null && (!Number.isSafeInteger(cents) || cents < 0)) {
        throw invalid(
          `${field}.missions[${position}].payableCents`,
          'Le montant doit être un nombre entier positif ou nul de centimes d’euro.',
        );
      }
    });
  });
}

/**
 * Variable-part lines of one assessed year, each capped again by the year's variable envelope
 * of the mission (the assessment may have read another envelope). Returns French notes for
 * what is not paid: a year the termination interrupted, a mission not started, no variable part.
 */
export function variableLines(
  payment: VariablePayment,
  envelope: YearEnvelope,
  interrupted: boolean,
): { lines: PaymentLine[]; notes: string[] } {
  const n = payment.contractYear;
  if (interrupted) return { lines: [], notes: [`Année ${n} interrompue par la résiliation : pas de part variable.`] };
  const lines: PaymentLine[] = [];
  const notes: string[] = [];
  for (const entry of payment.missions) {
    const mission = envelope.missions.find((candidate) => candidate.mission === entry.mission);
    const name = MISSION_LABELS[entry.mission];
    if (!mission?.variable) {
      notes.push(`Année ${n}, ${name} : pas de part variable pour cette mission dans ce contrat cette année.`);
      continue;
    }
    if (mission.startedOn === null || mission.startedOn >= envelope.contractYear.nextAnniversary) {
      notes.push(`Année ${n}, ${name} : mission non démarrée pendant l'année, pas de part variable.`);
      continue;
    }
    const cap = mission.variable.cents;
    const payable = entry.payableCents;
    const amountCents = cap === null || payable === null ? null : Math.min(payable, cap);
    if (cap !== null && payable !== null && payable > cap) {
      notes.push(`Année ${n}, ${name} : ${formatEuros(payable)} évalués, ramenés au plafond de ${formatEuros(cap)}.`);
    }
    const explanation =
      amountCents === null
        ? `Part variable de l'année ${n} après l'évaluation du ${formatDate(payment.assessedOn)} : ${formatAmount(null)} (${cap === null ? `plafond : ${mission.variable.label}` : 'évaluation incomplète'}).`
        : `Part variable de l'année ${n} après l'évaluation annuelle des indicateurs du ${formatDate(payment.assessedOn)} : ${formatEuros(amountCents)} sur ${formatEuros(cap ?? 0)} possibles.`;
    lines.push({
      date: payment.assessedOn,
      contractYear: n,
      item: entry.mission,
      part: 'variable',
      kind: 'variable',
      amountCents,
      basis: mission.variable.status,
      explanation,
    });
  }
  return { lines, notes };
}
