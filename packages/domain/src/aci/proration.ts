import { invalid } from '../errors.ts';

/** ACI art. 9.1 and the Senate report [C]: advances are 75 % of the year's amount. */
export const ADVANCE_PERCENT = 75;

/**
 * `cents × numerator / denominator`, rounded down to the cent. Rounding rule of the schedule:
 * every share (a pro rata, an advance) is rounded down, so no line ever exceeds its envelope;
 * the year's balance is the exact difference between what is due and what was advanced, so
 * the rounding remainder lands on the last line and the year's total is exact.
 */
export function shareOf(cents: number, numerator: number, denominator: number): number {
  const product = cents * numerator;
  if (!Number.isSafeInteger(product) || !Number.isSafeInteger(denominator) || denominator <= 0) {
    throw invalid('amountCents', 'Montant hors des bornes du calcul en centimes.');
  }
  return Math.floor(product / denominator);
}

/**
 * The part of a year's amount earned over `days` of a contract year of `yearDays` days. Rule
 * chosen for « prorata » (the texts do not say): days of the contract year (365 or 366), not
 * a flat 365, so a full year is exactly 100 % and a 366-day year never pays more than its amount
 * (docs/reference/aci.md §4).
 */
export function proRata(cents: number, days: number, yearDays: number): number {
  return shareOf(cents, Math.min(Math.max(days, 0), yearDays), yearDays);
}

/** 75 % of `cents`, rounded down. */
export function advanceOf(cents: number): number {
  return shareOf(cents, ADVANCE_PERCENT, 100);
}
