/**
 * A value of the ACI reference data with where it comes from and how sure we are of it
 * (docs/reference/README.md: « [C] confirmed · [D] derived · [N] reported · [U] unknown »).
 * Unknown figures are `null`, never a guessed number: the engines print « montant non connu ».
 */
export const VALUE_STATUSES = ['confirmed', 'derived', 'reported', 'unknown'] as const;
export type ValueStatus = (typeof VALUE_STATUSES)[number];

/** A public source: its address when it has one, and a short citation a reader can check. */
export interface ValueSource {
  url: string | null;
  citation: string;
}

export interface Sourced<T> {
  value: T;
  status: ValueStatus;
  source: ValueSource;
}

/** An amount in cents of euro (integers: no floating-point money), `null` while unknown. */
export type SourcedAmount = Sourced<number | null>;

/** Cents from whole euros, for writing the seed as the texts print it (90 000 € → 9 000 000). */
export function euros(amount: number): number {
  return Math.round(amount * 100);
}

/** Orders statuses from the strongest to the weakest, to say what a computed figure rests on. */
const STRENGTH: Record<ValueStatus, number> = { confirmed: 0, derived: 1, reported: 2, unknown: 3 };

/** The weakest of several statuses: a sum of a confirmed and a reported value is reported. */
export function weakestStatus(statuses: readonly ValueStatus[]): ValueStatus {
  let weakest: ValueStatus = 'confirmed';
  for (const status of statuses) if (STRENGTH[status] > STRENGTH[weakest]) weakest = status;
  return weakest;
}
