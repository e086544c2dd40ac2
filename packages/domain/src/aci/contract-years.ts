import { invalid } from '../errors.ts';
import { addDays, addMonths, daysBetween } from '../lifecycle/dates.ts';

/** An ACI contract lasts five years (contrat type, arrêté of 21 Aug 2019, annex 1 [C]). */
export const CONTRACT_YEARS = 5;

/** One year of a contract, from an anniversary to the day before the next. */
export interface ContractYear {
  year: number;
  startsOn: string;
  /** Last day of the year (inclusive). */
  endsOn: string;
  /** The next anniversary (the day after `endsOn`): settlements of the year are dated there. */
  nextAnniversary: string;
  /** Days in the year: 365, or 366 when it holds a 29 February. */
  days: number;
}

/**
 * The anniversary `years` years after the signature, always counted from the signature so a
 * 29 February signature keeps its day in leap years: it falls on 28 February otherwise
 * (same clamping as the mission deadlines, `addMonths`; docs/reference/aci.md §6).
 */
export function anniversary(signedOn: string, years: number): string {
  return addMonths(signedOn, 12 * years);
}

/** The five contract years with their dates. */
export function contractYears(signedOn: string): ContractYear[] {
  return Array.from({ length: CONTRACT_YEARS }, (_, index) => {
    const startsOn = anniversary(signedOn, index);
    const nextAnniversary = anniversary(signedOn, index + 1);
    return {
      year: index + 1,
      startsOn,
      endsOn: addDays(nextAnniversary, -1),
      nextAnniversary,
      days: daysBetween(startsOn, nextAnniversary),
    };
  });
}

/** One contract year; an error naming `contractYear` outside 1–5. */
export function contractYear(signedOn: string, year: number): ContractYear {
  const found = contractYears(signedOn)[year - 1];
  if (!Number.isInteger(year) || !found)
    throw invalid('contractYear', `L'année de contrat doit être comprise entre 1 et ${CONTRACT_YEARS}.`);
  return found;
}

/** The last day of the contract (end of year 5). */
export function contractEndsOn(signedOn: string): string {
  return addDays(anniversary(signedOn, CONTRACT_YEARS), -1);
}

/** The contract year a day falls in, `null` before the signature or after the end. */
export function contractYearOn(signedOn: string, on: string): ContractYear | null {
  return contractYears(signedOn).find((year) => year.startsOn <= on && on <= year.endsOn) ?? null;
}
