import type { ImportEntity } from '../directory/import-run.ts';

/** Records the import staging repository exchanges with the use cases (ports in apps/api/src/use-cases). */

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
