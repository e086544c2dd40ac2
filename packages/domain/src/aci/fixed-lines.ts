import { formatDate, formatEuros, UNKNOWN_AMOUNT } from '../format/index.ts';
import { daysBetween } from '../lifecycle/dates.ts';
import type { ContractTermination } from './contract.ts';
import type { AmountFigure, YearEnvelope } from './envelope.ts';
import { TERMINATION_REASON_LABELS } from './labels.ts';
import type { AciMission } from './missions.ts';
import type { PaymentKind, PaymentLine } from './payment-line.ts';
import { ADVANCE_PERCENT, proRata, shareOf } from './proration.ts';

/** A yearly amount paid by advance and balance: the fonctionnement, or a started mission's fixed part. */
interface FixedItem {
  item: 'operating' | AciMission;
  figure: AmountFigure;
  /** First day of the year the item is due for: the year's start, or the mission's start. */
  activeFrom: string;
  startedInYear: boolean;
}

function what(item: FixedItem, year: number): string {
  return item.item === 'operating' ? `du fonctionnement de l'année ${year}` : `de la part fixe de l'année ${year}`;
}

function line(
  item: FixedItem,
  fields: { date: string; year: number; kind: PaymentKind; amountCents: number | null; explanation: string },
): PaymentLine {
  const { date, year, kind, amountCents, explanation } = fields;
  return {
    date,
    contractYear: year,
    item: item.item,
    part: item.item === 'operating' ? 'operating' : 'fixed',
    kind,
    amountCents,
    basis: item.figure.status,
    explanation:
      amountCents === null ? `${explanation} Montant non connu : ${item.figure.label}, à renseigner dans le référentiel ACI.` : explanation,
  };
}

/** The advance of a year (ACI art. 9.1; Senate report r25-032 for missions [C]). */
function advanceLine(item: FixedItem, envelope: YearEnvelope, signedOn: string): PaymentLine {
  const { contractYear: year } = envelope;
  const cents = item.figure.cents;
  const yearly = cents === null ? UNKNOWN_AMOUNT : formatEuros(cents);
  if (item.item === 'operating' && year.year === 1) {
    return line(item, {
      date: signedOn,
      year: 1,
      kind: 'advance',
      amountCents: cents,
      explanation: `Fonctionnement de l'année 1 (${yearly}) versé en totalité à la signature, après vérification du dossier par la CPAM (ACI art. 9.1).`,
    });
  }
  if (item.startedInYear) {
    const days = daysBetween(item.activeFrom, year.nextAnniversary);
    return line(item, {
      date: item.activeFrom,
      year: year.year,
      kind: 'advance',
      amountCents: cents === null ? null : shareOf(cents, ADVANCE_PERCENT * days, 100 * year.days),
      explanation:
        days === year.days
          ? `Démarrage de la mission le ${formatDate(item.activeFrom)}, premier jour de l'année ${year.year} : avance de ${ADVANCE_PERCENT} % ${what(item, year.year)} (${yearly}).`
          : `Démarrage de la mission le ${formatDate(item.activeFrom)} : avance de ${ADVANCE_PERCENT} % ${what(item, year.year)} (${yearly}) au prorata des ${days} jours restant jusqu'à la date anniversaire, sur ${year.days}.`,
    });
  }
  return line(item, {
    date: year.startsOn,
    year: year.year,
    kind: 'advance',
    amountCents: cents === null ? null : shareOf(cents, ADVANCE_PERCENT, 100),
    explanation: `Avance de ${ADVANCE_PERCENT} % ${what(item, year.year)} (${yearly}) à la date anniversaire.`,
  });
}

function dueLabel(due: number, days: number, yearDays: number): string {
  return days === yearDays ? `${formatEuros(due)} dus` : `${formatEuros(due)} dus (${days} jours sur ${yearDays})`;
}

/** The settlement of a complete year, on the next anniversary: what is due less what was advanced. */
function balanceLine(item: FixedItem, envelope: YearEnvelope, advanced: PaymentLine): PaymentLine | null {
  const { contractYear: year } = envelope;
  const cents = item.figure.cents;
  const settlement = `Solde ${what(item, year.year)} au règlement annuel`;
  if (cents === null || advanced.amountCents === null) {
    return line(item, { date: year.nextAnniversary, year: year.year, kind: 'balance', amountCents: null, explanation: `${settlement}.` });
  }
  const days = daysBetween(item.activeFrom, year.nextAnniversary);
  const due = proRata(cents, days, year.days);
  const balance = due - advanced.amountCents;
  if (balance === 0) return null;
  return line(item, {
    date: year.nextAnniversary,
    year: year.year,
    kind: 'balance',
    amountCents: balance,
    explanation: `${settlement} : ${dueLabel(due, days, year.days)}, ${formatEuros(advanced.amountCents)} avancés.`,
  });
}

/**
 * The settlement of the year a termination interrupts, on its effective date (docs/reference/aci.md §4,
 * medaviz [C]: advances repaid pro rata temporis): earned = the year's amount × days from the
 * item's start to the termination / days of the year; a repayment (negative) of what was
 * advanced beyond it, or the balance still due when the advance was smaller.
 */
function terminationLine(
  item: FixedItem,
  envelope: YearEnvelope,
  advanced: PaymentLine,
  termination: ContractTermination,
): PaymentLine | null {
  const { contractYear: year } = envelope;
  const cents = item.figure.cents;
  const on = termination.effectiveOn;
  const cause = `Résiliation au ${formatDate(on)} (${TERMINATION_REASON_LABELS[termination.reason].toLowerCase()})`;
  if (cents === null || advanced.amountCents === null) {
    return line(item, {
      date: on,
      year: year.year,
      kind: 'repayment',
      amountCents: null,
      explanation: `${cause} : règlement ${what(item, year.year)}.`,
    });
  }
  const days = daysBetween(item.activeFrom, on);
  const earned = proRata(cents, days, year.days);
  const difference = earned - advanced.amountCents;
  if (difference === 0) return null;
  const basis = `${formatEuros(earned)} acquis au prorata de ${days} jours sur ${year.days}, ${formatEuros(advanced.amountCents)} avancés`;
  return line(item, {
    date: on,
    year: year.year,
    kind: difference < 0 ? 'repayment' : 'balance',
    amountCents: difference,
    explanation:
      difference < 0
        ? `${cause} : ${basis} ; la CPTS rembourse ${formatEuros(-difference)} ${what(item, year.year)}.`
        : `${cause} : ${basis} ; solde dû à la CPTS.`,
  });
}

/** Fonctionnement and fixed-part lines of one contract year. */
export function fixedLines(envelope: YearEnvelope, context: { signedOn: string; termination: ContractTermination | null }): PaymentLine[] {
  const { contractYear: year } = envelope;
  const termination = context.termination && context.termination.effectiveOn < year.nextAnniversary ? context.termination : null;
  const stopsOn = termination?.effectiveOn ?? year.nextAnniversary;
  const items: FixedItem[] = [{ item: 'operating', figure: envelope.operating, activeFrom: year.startsOn, startedInYear: false }];
  for (const mission of envelope.missions) {
    if (mission.startedOn === null || mission.startedOn >= stopsOn) continue;
    const startedInYear = mission.startedOn >= year.startsOn;
    items.push({
      item: mission.mission,
      figure: mission.fixed,
      activeFrom: startedInYear ? mission.startedOn : year.startsOn,
      startedInYear,
    });
  }
  return items.flatMap((item) => {
    const advance = advanceLine(item, envelope, context.signedOn);
    const settlement = termination ? terminationLine(item, envelope, advance, termination) : balanceLine(item, envelope, advance);
    return settlement ? [advance, settlement] : [advance];
  });
}
