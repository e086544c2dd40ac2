import type { ImportAuthority, ImportEntity, ImportEntityCounts } from '../directory/import-run.ts';

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

export interface ImportStagingRepository {
  stageProfessionals(runId: string, rows: readonly StagedProfessional[]): Promise<void>;
  stageActivities(runId: string, rows: readonly StagedActivity[]): Promise<void>;
  stageSkills(runId: string, rows: readonly StagedSkill[]): Promise<void>;
  stageEstablishments(runId: string, rows: readonly StagedEstablishment[]): Promise<void>;
  /** Compares the run's staged rows with the live directory (nothing is written). */
  preview(runId: string, kind: StagedFileKind, authority: ImportAuthority): Promise<ImportEntityCounts[]>;
  /**
   * Merges the run's staged rows into the live directory with the same rules as `preview`,
   * set-based (a few statements whatever the file's size); call it inside a transaction.
   */
  merge(runId: string, kind: StagedFileKind, options: { authority: ImportAuthority; now: Date }): Promise<AppliedEntityCounts[]>;
  discard(runId: string): Promise<void>;
}
