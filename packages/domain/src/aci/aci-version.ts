import type { SizeCategory } from '../territory/size-category.ts';
import type { AciMission, AmountItem, AmountPart, MissionKind } from './missions.ts';
import type { Sourced, SourcedAmount } from './reference-value.ts';

/** A mission as one ACI version defines it. */
export interface MissionTerms {
  mission: AciMission;
  kind: MissionKind;
  /**
   * Months after the mission's clock start (the signature, or the effective date of the version
   * that added the mission) within which it must start; `null`: set by each contract (optional missions).
   */
  startWithinMonths: Sourced<number> | null;
  /** Months within which it must be fully deployed; `null`: set by each contract. */
  deployedWithinMonths: Sourced<number> | null;
  /** Whether a variable part is paid on indicators (the crisis mission has none: docs/reference/aci.md §3). */
  hasVariablePart: boolean;
}

/** One amount of the reference: (version, taille, item, part) → cents, with source and status. */
export interface AmountEntry {
  sizeCategory: SizeCategory;
  item: AmountItem;
  part: AmountPart;
  amount: SourcedAmount;
}

/**
 * One dated version of the ACI CPTS (the 2019 accord, each avenant, a later accord): what a
 * contract year reads when this version is in force on the day the year starts.
 */
export interface AciReferenceVersion {
  id: string;
  label: string;
  signedOn: Sourced<string>;
  /** The day from which contracts read this version (ISO date). */
  effectiveFrom: Sourced<string>;
  missions: readonly MissionTerms[];
  amounts: readonly AmountEntry[];
}

/** Every version Maillon knows, in any order (functions sort by effective date). */
export type AciReference = readonly AciReferenceVersion[];

export interface AmountKey {
  sizeCategory: SizeCategory;
  item: AmountItem;
  part: AmountPart;
}

/** The entry for a key in a version, if the version lists it. */
export function amountEntry(version: AciReferenceVersion, key: AmountKey): AmountEntry | undefined {
  return version.amounts.find((entry) => entry.sizeCategory === key.sizeCategory && entry.item === key.item && entry.part === key.part);
}

/** How a version defines a mission, if it has it (the 2019 accord has no crisis mission). */
export function missionTerms(version: AciReferenceVersion, mission: AciMission): MissionTerms | undefined {
  return version.missions.find((terms) => terms.mission === mission);
}
