import { describe, expect, it } from 'vitest';
import type { Principal } from '../access/principal.ts';
import { DomainError } from '../errors.ts';
import {
  assertFileComplete,
  assertMayManageImportRun,
  assertMayStartImport,
  assertTerritoryUnchangedSincePreview,
  mayReadImportRun,
} from './import-access.ts';

const principal = (userId: string, grants: Principal['grants']): Principal => ({
  userId,
  email: `${userId}@x.fr`,
  displayName: userId,
  grants,
});
const admin = principal('admin', [{ role: 'admin' }]);
const coordinator = principal('coord', [{ role: 'coordinator', cptsId: 'cpts-a' }]);
const ars = principal('ars', [{ role: 'ars', regionCode: '93' }]);

const refusal = (fn: () => void): string | null => {
  try {
    fn();
    return null;
  } catch (error) {
    if (error instanceof DomainError) return `${error.code}${error.field ? ` ${error.field}` : ''}: ${error.message}`;
    throw error;
  }
};

describe('starting an import', () => {
  it('keeps national files for the administration', () => {
    expect(refusal(() => assertMayStartImport(admin, { kind: 'finess', cptsId: null }))).toBeNull();
    expect(refusal(() => assertMayStartImport(coordinator, { kind: 'rpps', cptsId: null }))).toBe(
      "FORBIDDEN: L'import national est réservé à l'administration de la plateforme ; indiquez votre CPTS.",
    );
    expect(refusal(() => assertMayStartImport(ars, { kind: 'rpps', cptsId: null }))).toMatch(/^FORBIDDEN/);
  });

  it('lets a coordination team upload the RPPS lines of its own territory only', () => {
    expect(refusal(() => assertMayStartImport(coordinator, { kind: 'rpps', cptsId: 'cpts-a' }))).toBeNull();
    expect(refusal(() => assertMayStartImport(coordinator, { kind: 'finess', cptsId: 'cpts-a' }))).toBe(
      "FORBIDDEN: Une équipe de coordination n'importe que l'extraction RPPS de son territoire.",
    );
    // Another CPTS is not disclosed.
    expect(refusal(() => assertMayStartImport(coordinator, { kind: 'rpps', cptsId: 'cpts-b' }))).toBe('NOT_FOUND: CPTS introuvable.');
    expect(refusal(() => assertMayStartImport(ars, { kind: 'rpps', cptsId: 'cpts-a' }))).toBe('NOT_FOUND: CPTS introuvable.');
  });
});

describe('reading and managing a run', () => {
  const national = { startedBy: 'admin', cptsId: null };
  const territorial = { startedBy: 'someone', cptsId: 'cpts-a' };

  it('shows a run to the administration, its author and the coordination team of its territory', () => {
    expect(mayReadImportRun(admin, territorial)).toBe(true);
    expect(mayReadImportRun(coordinator, territorial)).toBe(true);
    expect(mayReadImportRun(coordinator, national)).toBe(false);
    expect(mayReadImportRun(ars, national)).toBe(false);
    expect(mayReadImportRun(ars, { startedBy: 'ars', cptsId: null })).toBe(true);
  });

  it('lets only those who may import into its scope send, apply or abandon it', () => {
    expect(refusal(() => assertMayManageImportRun(admin, national))).toBeNull();
    expect(refusal(() => assertMayManageImportRun(coordinator, territorial))).toBeNull();
    expect(refusal(() => assertMayManageImportRun(coordinator, national))).toBe("FORBIDDEN: Cet import n'est pas dans votre périmètre.");
    // Having started a national run is not enough once the grant is gone.
    expect(refusal(() => assertMayManageImportRun(ars, { startedBy: 'ars', cptsId: null }))).toMatch(/^FORBIDDEN/);
  });
});

describe('applying a territory upload', () => {
  it('needs the territory the preview was computed on, in any order', () => {
    expect(refusal(() => assertTerritoryUnchangedSincePreview(['04001', '04070'], ['04070', '04001']))).toBeNull();
    expect(refusal(() => assertTerritoryUnchangedSincePreview(['04001'], ['04001', '04070']))).toBe(
      "CONFLICT: Le territoire de la CPTS a changé depuis l'aperçu : abandonnez cet import et renvoyez le fichier.",
    );
    expect(refusal(() => assertTerritoryUnchangedSincePreview(null, ['04001']))).toMatch(/^CONFLICT/);
  });
});

describe('a received file', () => {
  it('is complete when every announced byte came, or when no size was announced', () => {
    expect(refusal(() => assertFileComplete(1_234, 1_234))).toBeNull();
    expect(refusal(() => assertFileComplete(1_234, null))).toBeNull();
    expect(refusal(() => assertFileComplete(1_000, 25_000))).toBe(
      'INVALID file: Fichier incomplet : 1\u202f000 octets reçus sur 25\u202f000 annoncés.',
    );
  });
});
