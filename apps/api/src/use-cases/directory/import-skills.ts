import { createDirectoryRepository, type SkillRow } from '@maillon/db';
import { rppsSkillParser } from '@maillon/domain';
import { type DirectoryImportOptions, type DirectoryImportReport, runIdentity, runLineImport } from './line-import.ts';

/** Imports PS_LibreAcces_SavoirFaire: specialties and competences per professional. */
export async function importRppsSkills(options: DirectoryImportOptions): Promise<DirectoryImportReport> {
  const run = runIdentity(options);
  let parser: ReturnType<typeof rppsSkillParser> | null = null;
  let rows = new Map<string, SkillRow>();
  const stats = { gone: 0 };
  return runLineImport(
    'skills',
    { ...options, ...run },
    {
      stats,
      line(text, lineNumber) {
        if (!parser) {
          parser = rppsSkillParser(text);
          if (!parser.ok) throw new Error(`Fichier savoir-faire non reconnu (ligne ${lineNumber}) : ${parser.reason}.`);
          return { skipped: true };
        }
        if (!parser.ok) return { skipped: true };
        const parsed = parser.value.parse(text);
        if (!parsed.ok) return { reason: parsed.reason };
        rows.set(`${parsed.value.idNatPs}|${parsed.value.code}`, { ...parsed.value, present: true, lastImportId: run.runId });
        return { accepted: true };
      },
      pending: () => rows.size,
      drain() {
        const batch = [...rows.values()];
        rows = new Map();
        return (db) => createDirectoryRepository(db).upsertSkills(batch);
      },
      async finish(db, id) {
        if (!parser) throw new Error('Fichier vide : aucune ligne d’en-tête.');
        stats.gone = await createDirectoryRepository(db).markMissing('skills', id);
      },
    },
  );
}
