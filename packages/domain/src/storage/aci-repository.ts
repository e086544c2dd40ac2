import type { AciContract } from '../aci/contract.ts';
import type { IndicatorLine } from '../aci/indicator.ts';
import type { ReferenceChange } from '../aci/reference-edit.ts';

/**
 * The storage contract of ACI contracts (docs/reference/aci.md): contracts with their missions
 * and amendments, indicator lines, yearly assessments with their evidence files, and the
 * history of edits of the ACI reference data. packages/db implements it.
 */

/** A contract as stored: the domain's contract and its bookkeeping. */
export interface StoredContract extends AciContract {
  isDemo: boolean;
  createdAt: Date;
  createdBy: string | null;
  updatedAt: Date;
}

export interface AciContractsRepository {
  /** Every contract of these CPTS (renewals included), oldest signature first. */
  ofCpts(cptsIds: readonly string[]): Promise<StoredContract[]>;
  get(id: string, options?: { forUpdate?: boolean }): Promise<StoredContract | null>;
  /** Writes the whole contract: its row, its missions and its amendments. */
  save(contract: StoredContract): Promise<void>;
  indicators(contractId: string): Promise<IndicatorLine[]>;
  /** Replaces the contract's indicator lines, in this order. */
  replaceIndicators(contractId: string, lines: readonly IndicatorLine[]): Promise<void>;
}

export const VALUE_SOURCES = ['typed', 'imported', 'computed'] as const;
/** Where an assessed value comes from: typed in, imported from a CPAM file, or computed by Maillon. */
export type AssessedValueSource = (typeof VALUE_SOURCES)[number];

export interface AssessedValue {
  indicatorId: string;
  value: number | null;
  source: AssessedValueSource;
  note: string | null;
}

export interface AssessmentRecord {
  id: string;
  contractId: string;
  contractYear: number;
  /** The day of the yearly assessment (the variable part is paid after it); null while in progress. */
  assessedOn: string | null;
  values: AssessedValue[];
  createdAt: Date;
  updatedAt: Date;
}

export interface EvidenceFileRecord {
  id: string;
  assessmentId: string;
  indicatorId: string | null;
  fileName: string;
  contentType: string;
  sizeBytes: number;
  sha256: string;
  uploadedBy: string | null;
  uploadedAt: Date;
}

export interface AciAssessmentsRepository {
  ofContract(contractId: string): Promise<AssessmentRecord[]>;
  get(id: string): Promise<AssessmentRecord | null>;
  /** Writes the assessment and replaces its values. */
  save(assessment: AssessmentRecord): Promise<void>;
  evidence(assessmentIds: readonly string[]): Promise<EvidenceFileRecord[]>;
  addEvidence(record: EvidenceFileRecord, data: Uint8Array): Promise<void>;
  readEvidence(id: string): Promise<{ record: EvidenceFileRecord; data: Uint8Array } | null>;
  removeEvidence(id: string): Promise<void>;
}

export interface AciReferenceRepository {
  /** Every edit of the reference data, oldest first (replayed over the built-in seed). */
  changes(): Promise<ReferenceChange[]>;
  append(change: ReferenceChange): Promise<void>;
}
