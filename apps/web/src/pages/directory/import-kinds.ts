import { DIRECTORY_IMPORT_KINDS, type DirectoryImportKind, type ImportRunDto } from '@maillon/contracts';
import { IMPORT_RUN_STATUS_LABELS } from '@maillon/domain';

export const IMPORT_KIND_LABELS: Record<DirectoryImportKind, string> = {
  rpps: 'RPPS — PS_LibreAcces_Personne_activite',
  'savoir-faire': 'RPPS — PS_LibreAcces_SavoirFaire',
  finess: 'FINESS — extraction des établissements',
};

export const IMPORT_STATUS_LABELS = IMPORT_RUN_STATUS_LABELS;

/** A kind of the route table's list, or null (a select's empty value). */
export const asImportKind = (value: string | null): DirectoryImportKind | null =>
  DIRECTORY_IMPORT_KINDS.find((kind) => kind === value) ?? null;

type Status = ImportRunDto['status'];

/** Badge colour of a run's state. */
export function importStatusColor(status: Status): string {
  switch (status) {
    case 'created':
    case 'reading':
      return 'blue';
    case 'previewed':
      return 'orange';
    case 'applied':
      return 'green';
    case 'cancelled':
    case 'expired':
      return 'gray';
    case 'failed':
    case 'interrupted':
      return 'red';
  }
}

/** The server is still reading the file (keep polling). */
export const isReading = (status: Status) => status === 'created' || status === 'reading';

/** "Territoire : CPTS X" or "Fichier national". */
export function importScopeLabel(run: ImportRunDto): string {
  return run.scope ? `Territoire : ${run.scopeName ?? 'CPTS'}` : 'Fichier national (toute la France)';
}
