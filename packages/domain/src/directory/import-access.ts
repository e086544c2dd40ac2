import { canCoordinate, isAdmin, type Principal } from '../access/principal.ts';
import { conflict, DomainError, forbidden, invalid } from '../errors.ts';
import { sameTerritory } from './import-run.ts';

/**
 * Who may import what (docs/reference/directory.md §2): a national file is the platform
 * administration's; a coordination team uploads the RPPS lines of its own territory only. A CPTS
 * the principal does not coordinate answers 404, so that its existence is not disclosed.
 */
export function assertMayStartImport(principal: Principal, request: { kind: string; cptsId: string | null }): void {
  if (request.cptsId) {
    if (!canCoordinate(principal, request.cptsId)) throw new DomainError('NOT_FOUND', 'CPTS introuvable.');
    if (request.kind !== 'rpps') throw forbidden("Une équipe de coordination n'importe que l'extraction RPPS de son territoire.");
  } else if (!isAdmin(principal)) {
    throw forbidden("L'import national est réservé à l'administration de la plateforme ; indiquez votre CPTS.");
  }
}

/** An import run as its access rules see it: who started it, and the CPTS of a territory upload (null: national). */
export interface ImportRunScope {
  startedBy: string | null;
  cptsId: string | null;
}

/** A run is seen by the administration, by whoever started it and by the coordination team of its territory. */
export function mayReadImportRun(principal: Principal, run: ImportRunScope): boolean {
  return isAdmin(principal) || run.startedBy === principal.userId || (run.cptsId !== null && canCoordinate(principal, run.cptsId));
}

/** Sending, applying and abandoning are for whoever may import into the run's scope. */
export function assertMayManageImportRun(principal: Principal, run: ImportRunScope): void {
  if (run.cptsId === null ? !isAdmin(principal) : !canCoordinate(principal, run.cptsId)) {
    throw forbidden("Cet import n'est pas dans votre périmètre.");
  }
}

/**
 * A territory upload was previewed on the CPTS's units of that moment: applied on another
 * territory it would write activities the preview did not show (the upload is sent again).
 */
export function assertTerritoryUnchangedSincePreview(previewed: readonly string[] | null, current: readonly string[]): void {
  if (!previewed || !sameTerritory(previewed, current)) {
    throw conflict("Le territoire de la CPTS a changé depuis l'aperçu : abandonnez cet import et renvoyez le fichier.");
  }
}

/** The upload announced its size: fewer bytes received means a truncated file, never previewed as whole. */
export function assertFileComplete(bytesReceived: number, bytesAnnounced: number | null): void {
  if (bytesAnnounced !== null && bytesReceived !== bytesAnnounced) {
    throw invalid(
      'file',
      `Fichier incomplet : ${bytesReceived.toLocaleString('fr-FR')} octets reçus sur ${bytesAnnounced.toLocaleString('fr-FR')} annoncés.`,
    );
  }
}
