import { conflict } from '../errors.ts';

/**
 * Life of a directory import run (issue #6, "Directory imports that cannot destroy"): a run is
 * created, then its file is read into staging tables (`reading`), which ends with a preview
 * (`previewed`); nothing in the live directory changes until the preview is applied (`applied`,
 * one transaction). A preview can be abandoned (`cancelled`) or left to expire (`expired`); a
 * read that fails is `failed`, one whose process stopped giving signs of life is `interrupted`.
 */
export const IMPORT_RUN_STATUSES = ['created', 'reading', 'previewed', 'applied', 'cancelled', 'expired', 'failed', 'interrupted'] as const;
export type ImportRunStatus = (typeof IMPORT_RUN_STATUSES)[number];

export const IMPORT_RUN_STATUS_LABELS: Record<ImportRunStatus, string> = {
  created: 'En attente du fichier',
  reading: 'Lecture du fichier',
  previewed: 'En attente de confirmation',
  applied: 'Appliqué',
  cancelled: 'Abandonné',
  expired: 'Expiré',
  failed: 'Échoué',
  interrupted: 'Interrompu',
};

const TRANSITIONS: Record<ImportRunStatus, readonly ImportRunStatus[]> = {
  created: ['reading', 'cancelled', 'expired'],
  reading: ['previewed', 'failed', 'interrupted', 'cancelled'],
  previewed: ['applied', 'cancelled', 'expired'],
  applied: [],
  cancelled: [],
  expired: [],
  failed: [],
  interrupted: [],
};

/** States a run never leaves: its staged rows, if any, can be discarded. */
export function isFinalImportStatus(status: ImportRunStatus): boolean {
  return TRANSITIONS[status].length === 0;
}

export function canMoveImportRun(from: ImportRunStatus, to: ImportRunStatus): boolean {
  return TRANSITIONS[from].includes(to);
}

const APPLY_REFUSALS: Record<ImportRunStatus, string> = {
  created: "Le fichier de cet import n'a pas encore été envoyé.",
  reading: "Le fichier est encore en cours de lecture : attendez l'aperçu.",
  previewed: '',
  applied: 'Cet import a déjà été appliqué.',
  cancelled: 'Cet import a été abandonné : renvoyez le fichier.',
  expired: "L'aperçu de cet import a expiré : renvoyez le fichier.",
  failed: 'Cet import a échoué : rien ne peut être appliqué.',
  interrupted: 'Cet import a été interrompu : rien ne peut être appliqué.',
};

/** Only a previewed run is applied, and only once (a second click answers a conflict). */
export function assertCanApplyImport(status: ImportRunStatus): void {
  if (!canMoveImportRun(status, 'applied')) throw conflict(APPLY_REFUSALS[status]);
}

export function assertCanCancelImport(status: ImportRunStatus): void {
  if (!canMoveImportRun(status, 'cancelled')) {
    throw conflict(`Cet import ne peut plus être abandonné (${IMPORT_RUN_STATUS_LABELS[status].toLowerCase()}).`);
  }
}

/**
 * A run is abandoned when its process stopped updating the heartbeat while it was reading (a
 * crash, a killed server): strictly older than the timeout.
 */
export function isImportRunStale(
  run: { status: ImportRunStatus; heartbeatAt: Date | null; startedAt: Date },
  now: Date,
  timeoutSeconds: number,
): boolean {
  if (run.status !== 'reading') return false;
  const last = run.heartbeatAt ?? run.startedAt;
  return now.getTime() - last.getTime() > timeoutSeconds * 1000;
}

/** Cut-off instants for the sweep: heartbeats older than the first, previews older than the second. */
export function importSweepCutoffs(now: Date, settings: { heartbeatTimeoutSeconds: number; previewTtlHours: number }) {
  return {
    heartbeatBefore: new Date(now.getTime() - settings.heartbeatTimeoutSeconds * 1000),
    previewBefore: new Date(now.getTime() - settings.previewTtlHours * 3_600_000),
  };
}

/**
 * What an upload may change. Only a complete national file (the platform admin's) is
 * authoritative for people's identity and for marking rows as gone; a coordination team's
 * upload of its territory's RPPS lines adds or updates activities located in that territory,
 * inserts people unknown so far (flagged as coming from a territory upload, until a national
 * file confirms them) and never renames a known person nor marks anything gone.
 */
export type ImportAuthority =
  | { scope: 'national'; updatesIdentity: true; marksGone: true; activityUnits: null }
  | { scope: 'territory'; updatesIdentity: false; marksGone: false; activityUnits: readonly string[] };

export function importAuthority(territoryUnits: readonly string[] | null): ImportAuthority {
  return territoryUnits === null
    ? { scope: 'national', updatesIdentity: true, marksGone: true, activityUnits: null }
    : { scope: 'territory', updatesIdentity: false, marksGone: false, activityUnits: [...territoryUnits].sort() };
}

/** The territory a preview was computed on must still be the CPTS's when it is applied. */
export function sameTerritory(previewed: readonly string[], current: readonly string[]): boolean {
  const a = [...new Set(previewed)].sort();
  const b = [...new Set(current)].sort();
  return a.length === b.length && a.every((code, i) => code === b[i]);
}

export const IMPORT_ENTITIES = ['professionals', 'activities', 'skills', 'establishments'] as const;
export type ImportEntity = (typeof IMPORT_ENTITIES)[number];

export const IMPORT_ENTITY_LABELS: Record<ImportEntity, string> = {
  professionals: 'Professionnels',
  activities: "Activités (situations d'exercice)",
  skills: 'Savoir-faire',
  establishments: 'Établissements',
};

/**
 * Preview figures for one kind of row: `added` (unknown so far), `updated` (really changed, or
 * listed again after being gone), `unchanged`, `kept` (a change the upload has no authority for:
 * the live row is left as it is) and `gone` (live rows the national file no longer lists).
 */
export interface ImportEntityCounts {
  entity: ImportEntity;
  added: number;
  updated: number;
  unchanged: number;
  kept: number;
  gone: number;
}

/** Rows the apply step will write: what an audit entry records. */
export function importChangeTotal(counts: readonly ImportEntityCounts[]): { added: number; updated: number; gone: number } {
  return counts.reduce((sum, c) => ({ added: sum.added + c.added, updated: sum.updated + c.updated, gone: sum.gone + c.gone }), {
    added: 0,
    updated: 0,
    gone: 0,
  });
}
