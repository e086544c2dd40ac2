import type { SizeCategory } from '../territory/size-category.ts';
import type { AciMission } from './missions.ts';

/** The three parties of an ACI contract (contrat type, annex 1 of the arrêté of 21 Aug 2019 [C]). */
export const CONTRACT_PARTIES = ['cpts', 'cpam', 'ars'] as const;
export type ContractParty = (typeof CONTRACT_PARTIES)[number];

export interface ContractSignature {
  signedOn: string;
  /** Who signed for the party (name and capacity), as printed on the contract. */
  signatory: string | null;
}

/** Each party's dated signature, `null` until it signs. */
export type ContractSignatures = Record<ContractParty, ContractSignature | null>;

/** A legal population with its INSEE vintage (millésime), the basis of the taille. */
export interface PopulationFigure {
  count: number;
  /** INSEE vintage year of the legal population used (e.g. 2021 for the figures in force in 2024). */
  vintage: number;
}

/** A mission of the contract: every socle mission, and the optional ones the contract chose. */
export interface ContractMission {
  mission: AciMission;
  /** The day the mission started (its fixed part's first advance), `null` while not started. */
  startedOn: string | null;
  deployedOn: string | null;
  /** Optional missions: months after the signature to start and to deploy, as the contract writes them. */
  startWithinMonths?: number | null;
  deployedWithinMonths?: number | null;
}

/**
 * A dated amendment changing the taille (a new population checked by the CPAM). Rule chosen
 * (the sources are silent: docs/reference/aci.md): it changes the taille of the contract years that start on or after
 * `effectiveFrom`; the year in progress keeps the taille its advance was paid on.
 */
export interface SizeAmendment {
  signedOn: string;
  effectiveFrom: string;
  population: PopulationFigure;
  sizeCategory: SizeCategory;
  reason: string | null;
}

export const TERMINATION_REASONS = ['missionsNotDone', 'eligibilityLost', 'cptsRequest', 'dissolution', 'merger', 'other'] as const;
export type TerminationReason = (typeof TERMINATION_REASONS)[number];

/** The end of a contract before its five years (docs/reference/aci.md §4: advances repaid pro rata). */
export interface ContractTermination {
  /** The day the termination takes effect: the contract runs until the day before. */
  effectiveOn: string;
  reason: TerminationReason;
  comment: string | null;
}

/** An ACI CPTS contract: tripartite, five years from its signature [C]. */
export interface AciContract {
  id: string;
  cptsId: string;
  signatures: ContractSignatures;
  /** The population and taille fixed at signature. */
  population: PopulationFigure;
  sizeCategory: SizeCategory;
  missions: readonly ContractMission[];
  amendments: readonly SizeAmendment[];
  /** The contract this one renews, if any. */
  renews: string | null;
  termination: ContractTermination | null;
}

/**
 * The contract's signature date: the day the last party signed, once all three have (the CPTS
 * and both regulators, CPAM and ARS); `null` while a signature is missing.
 */
export function contractSignedOn(contract: Pick<AciContract, 'signatures'>): string | null {
  let latest: string | null = null;
  for (const party of CONTRACT_PARTIES) {
    const signature = contract.signatures[party];
    if (!signature) return null;
    if (latest === null || signature.signedOn > latest) latest = signature.signedOn;
  }
  return latest;
}
