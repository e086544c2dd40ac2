import type { ImportAuthority, ImportEntity, ImportEntityCounts } from '../directory/import-run.ts';
import type { StagedRowBytes } from '../directory/staged-rows.ts';

/** The storage contract of import staging: its records and the repository packages/db implements; use cases declare the slice of it they need as their ports. */

/** A professional read from an RPPS file, waiting in staging until the run is applied. */
export interface StagedProfessional {
  idNatPs: string;
  idType: string;
  identifier: string;
  civility?: string | null;
  lastName: string;
  firstName: string;
  professionCode: string;
  professionLabel: string;
  categoryCode?: string | null;
  isDemo?: boolean;
}

/** An activity (practice situation) read from an RPPS file. */
export interface StagedActivity {
  idNatPs: string;
  activityKey: string;
  professionCode: string;
  modeCode?: string | null;
  modeLabel?: string | null;
  specialtyCode?: string | null;
  specialtyLabel?: string | null;
  generalPractice?: boolean;
  siret?: string | null;
  finessSite?: string | null;
  finessLegal?: string | null;
  structureId?: string | null;
  structureName?: string | null;
  address?: string | null;
  postalCode?: string | null;
  unitCode?: string | null;
  townLabel?: string | null;
  phone?: string | null;
  email?: string | null;
}

/** A savoir-faire (specialty) read from a SavoirFaire file. */
export interface StagedSkill {
  idNatPs: string;
  code: string;
  typeCode: string;
  label: string;
}

/** An establishment read from a FINESS file. */
export interface StagedEstablishment {
  finessSite: string;
  finessLegal?: string | null;
  name: string;
  longName?: string | null;
  categoryCode: string;
  categoryLabel?: string | null;
  kind: string;
  siret?: string | null;
  address?: string | null;
  postalCode?: string | null;
  unitCode?: string | null;
  lon?: number | null;
  lat?: number | null;
  openedOn?: string | null;
  isDemo?: boolean;
}

/** The directory files a run can stage: RPPS activities, RPPS savoir-faire, FINESS establishments. */

export type StagedFileKind = 'rpps' | 'skills' | 'finess';

/** Rows an apply step wrote, per kind of row (what an audit entry records). */

export interface AppliedEntityCounts {
  entity: ImportEntity;
  added: number;
  updated: number;
  gone: number;
}

/** Writes a run's rows to staging, in the file's order (a key written twice keeps its last row). */
export interface StagingWriter {
  stageProfessionals(rows: readonly StagedProfessional[]): Promise<void>;
  stageActivities(rows: readonly StagedActivity[]): Promise<void>;
  stageSkills(rows: readonly StagedSkill[]): Promise<void>;
  stageEstablishments(rows: readonly StagedEstablishment[]): Promise<void>;
  /** Professionals already written as COPY text (directory/staged-rows.ts): the RPPS reader's hot path. */
  stageProfessionalRows(rows: StagedRowBytes): Promise<void>;
  /** Activities already written as COPY text (directory/staged-rows.ts). */
  stageActivityRows(rows: StagedRowBytes): Promise<void>;
}

/** The staging of one run's file, from its first row to its last. */
export interface StagingStream extends StagingWriter {
  /** Ends the writes; of a key written twice, only the last row remains. Then preview. */
  close(): Promise<void>;
  /** Abandons the writes (a failed read); rows already stored are the caller's to discard. */
  abort(): Promise<void>;
}

export interface ImportStagingRepository {
  /** Opens the staging of a run's file (call it on the database, not in a transaction, for one stream per table). */
  open(runId: string): StagingStream;
  /** Compares the run's staged rows with the live directory (nothing is written). */
  preview(runId: string, kind: StagedFileKind, authority: ImportAuthority): Promise<ImportEntityCounts[]>;
  /**
   * Merges the run's staged rows into the live directory with the same rules as `preview`,
   * set-based (a few statements whatever the file's size); call it inside a transaction.
   */
  merge(runId: string, kind: StagedFileKind, options: { authority: ImportAuthority; now: Date }): Promise<AppliedEntityCounts[]>;
  discard(runId: string): Promise<void>;
}
