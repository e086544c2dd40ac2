import type { SizeCategory } from '../territory/size-category.ts';
import type { AmountEntry, MissionTerms } from './aci-version.ts';
import type { AciMission, AmountItem, AmountPart, MissionKind } from './missions.ts';
import { euros, type Sourced, type ValueSource, type ValueStatus } from './reference-value.ts';
import { SOURCES } from './sources.ts';

const SIZES: readonly SizeCategory[] = [1, 2, 3, 4];

type PerSize<T> = readonly [T, T, T, T];

/**
 * Entries for one (item, part) in the four tailles, amounts in whole euros as the texts print
 * them. A `null` amount is unknown whatever status is given: it is never a guessed number.
 */
export function perSize(
  key: { item: AmountItem; part: AmountPart },
  amounts: PerSize<number | null>,
  origin: { status: ValueStatus | PerSize<ValueStatus>; source: ValueSource },
): AmountEntry[] {
  return SIZES.map((sizeCategory, index) => {
    const amount = amounts[index] ?? null;
    const status = typeof origin.status === 'string' ? origin.status : (origin.status[index] ?? 'unknown');
    return {
      sizeCategory,
      item: key.item,
      part: key.part,
      amount: { value: amount === null ? null : euros(amount), status: amount === null ? 'unknown' : status, source: origin.source },
    };
  });
}

/** A part known only for taille 3 (the published Seine-Saint-Denis annexes); the other tailles are unknown. */
export function taille3Only(
  key: { item: AmountItem; part: AmountPart },
  amount: number,
  origin: { status: ValueStatus; source: ValueSource },
) {
  return perSize(key, [null, null, amount, null], origin).map((entry) =>
    entry.sizeCategory === 3 ? entry : { ...entry, amount: { ...entry.amount, source: SOURCES.perMissionTablesMissing } },
  );
}

/** A part unknown in every taille. */
export function unknownPerSize(key: { item: AmountItem; part: AmountPart }, source: ValueSource = SOURCES.perMissionTablesMissing) {
  return perSize(key, [null, null, null, null], { status: 'unknown', source });
}

const confirmedMonths = (months: number): Sourced<number> => ({ value: months, status: 'confirmed', source: SOURCES.deadlines });

/** A socle mission with its deadlines in months, confirmed by the HDF PAPS page (docs/reference/aci.md §2). */
export function coreMission(mission: AciMission, months: { start: number; deployed: number }, hasVariablePart = true): MissionTerms {
  return {
    mission,
    kind: 'core' satisfies MissionKind,
    startWithinMonths: confirmedMonths(months.start),
    deployedWithinMonths: confirmedMonths(months.deployed),
    hasVariablePart,
  };
}

/** An optional mission: chosen per contract, its deadlines written in each contract. */
export function optionalMission(mission: AciMission): MissionTerms {
  return { mission, kind: 'optional', startWithinMonths: null, deployedWithinMonths: null, hasVariablePart: true };
}
