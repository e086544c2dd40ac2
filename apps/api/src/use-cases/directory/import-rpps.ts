import { type ActivityRow, createDirectoryRepository, createGeographyRepository, type ProfessionalRow } from '@maillon/db';
import { type RppsActivityParser, rppsActivityParser } from '@maillon/domain';
import { type DirectoryImportOptions, type DirectoryImportReport, runIdentity, runLineImport } from './line-import.ts';
import { createUnitResolver } from './unit-resolver.ts';

export type { DirectoryImportOptions, DirectoryImportReport } from './line-import.ts';

/**
 * Imports PS_LibreAcces_Personne_activite (interop.md §4): people and activities upserted (no
 * duplicates on re-import), practice commune resolved from the INSEE code or postal code +
 * town, activities outside the loaded geography rejected with the reason, and what a complete
 * file no longer lists marked as gone.
 */
export async function importRpps(options: DirectoryImportOptions): Promise<DirectoryImportReport> {
  const resolve = createUnitResolver((await createGeographyRepository(options.db).snapshot()).units);
  const scope = options.scopeUnits ? new Set(options.scopeUnits) : null;
  const stats = { resolvedByCode: 0, resolvedByFormerCode: 0, resolvedByPostalCode: 0, outsideGeography: 0, outsideScope: 0, gone: 0 };
  let parser: RppsActivityParser | null = null;
  const run = runIdentity(options);
  const runId = run.runId;
  let people = new Map<string, ProfessionalRow>();
  let activities = new Map<string, ActivityRow>();
  return runLineImport(
    'rpps',
    { ...options, ...run },
    {
      stats,
      line(text, lineNumber) {
        if (!parser) {
          const header = rppsActivityParser(text);
          if (!header.ok) throw new Error(`Fichier RPPS non reconnu (ligne ${lineNumber}) : ${header.reason}.`);
          parser = header.value;
          return { skipped: true };
        }
        const parsed = parser.parse(text);
        if (!parsed.ok) return { reason: parsed.reason };
        const a = parsed.value;
        const resolution = resolve(a.communeCode, a.postalCode, a.townLabel);
        if (resolution.unitCode === null) {
          stats.outsideGeography++;
          return { reason: `activité hors géographie chargée : ${resolution.reason}` };
        }
        if (scope && !scope.has(resolution.unitCode)) {
          stats.outsideScope++;
          return { skipped: true };
        }
        if (resolution.via === 'code') stats.resolvedByCode++;
        else if (resolution.via === 'formerCode') stats.resolvedByFormerCode++;
        else stats.resolvedByPostalCode++;
        people.set(a.idNatPs, {
          idNatPs: a.idNatPs,
          idType: a.idType,
          identifier: a.identifier,
          civility: a.civility,
          lastName: a.lastName,
          firstName: a.firstName,
          professionCode: a.professionCode,
          professionLabel: a.professionLabel,
          categoryCode: a.categoryCode,
          present: true,
          lastImportId: runId,
          isDemo: options.isDemo ?? false,
          updatedAt: options.now(),
        });
        activities.set(`${a.idNatPs}|${a.activityKey}`, {
          idNatPs: a.idNatPs,
          activityKey: a.activityKey,
          professionCode: a.professionCode,
          modeCode: a.modeCode,
          modeLabel: a.modeLabel,
          specialtyCode: a.specialtyCode,
          specialtyLabel: a.specialtyLabel,
          generalPractice: a.generalPractice,
          siret: a.siret,
          finessSite: a.finessSite,
          finessLegal: a.finessLegal,
          structureId: a.structureId,
          structureName: a.structureName,
          address: a.address,
          postalCode: a.postalCode,
          unitCode: resolution.unitCode,
          townLabel: a.townLabel,
          phone: a.phone,
          email: a.email,
          present: true,
          lastImportId: runId,
        });
        return { accepted: true };
      },
      pending: () => activities.size,
      drain() {
        const batchPeople = [...people.values()];
        const batchActivities = [...activities.values()];
        people = new Map();
        activities = new Map();
        return async (db) => {
          const repo = createDirectoryRepository(db);
          await repo.upsertProfessionals(batchPeople);
          await repo.upsertActivities(batchActivities);
        };
      },
      async finish(db, id) {
        if (!parser) throw new Error('Fichier vide : aucune ligne d’en-tête.');
        stats.gone = await createDirectoryRepository(db).markMissing('rpps', id, options.scopeUnits);
      },
    },
  );
}
