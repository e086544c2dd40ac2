import { createDirectoryRepository, createGeographyRepository, type EstablishmentRow } from '@maillon/db';
import { parseFinessLine } from '@maillon/domain';
import { type DirectoryImportOptions, type DirectoryImportReport, runIdentity, runLineImport } from './line-import.ts';
import { createUnitResolver } from './unit-resolver.ts';

/**
 * Imports the FINESS stock extraction (interop.md §6): `structureet` records become
 * establishments (kind from the category), `geolocalisation` records add WGS84 coordinates
 * converted from Lambert-93. Geolocation lines come after the establishments in the file, so
 * establishments are kept until the end (≈ 100 000 sites: small) and written then.
 */
export async function importFiness(options: DirectoryImportOptions): Promise<DirectoryImportReport> {
  const run = runIdentity(options);
  const resolve = createUnitResolver((await createGeographyRepository(options.db).snapshot()).units);
  const sites = new Map<string, EstablishmentRow>();
  const stats = { establishments: 0, geolocated: 0, outsideGeography: 0, ignoredRecords: 0, gone: 0 };
  return runLineImport(
    'finess',
    { ...options, ...run },
    {
      stats,
      line(text) {
        const parsed = parseFinessLine(text);
        if (!parsed.ok) return { reason: parsed.reason };
        const record = parsed.value;
        if (record.type === 'ignored') {
          stats.ignoredRecords++;
          return { skipped: true };
        }
        if (record.type === 'geolocation') {
          const site = sites.get(record.value.finessSite);
          if (!site) return { reason: `géolocalisation d'un établissement inconnu (${record.value.finessSite})` };
          site.lon = record.value.lon;
          site.lat = record.value.lat;
          stats.geolocated++;
          return { accepted: true };
        }
        const e = record.value;
        const resolution = resolve(e.communeCode, e.postalCode, null);
        if (resolution.unitCode === null) stats.outsideGeography++;
        stats.establishments++;
        sites.set(e.finessSite, {
          finessSite: e.finessSite,
          finessLegal: e.finessLegal,
          name: e.name,
          longName: e.longName,
          categoryCode: e.categoryCode,
          categoryLabel: e.categoryLabel,
          kind: e.kind,
          siret: e.siret,
          address: e.address,
          postalCode: e.postalCode,
          unitCode: resolution.unitCode,
          lon: null,
          lat: null,
          openedOn: e.openedOn,
          present: true,
          lastImportId: run.runId,
          isDemo: options.isDemo ?? false,
        });
        return { accepted: true };
      },
      pending: () => 0,
      drain: () => async () => {},
      async finish(db, id) {
        const rows = [...sites.values()];
        for (let i = 0; i < rows.length; i += 1_000) {
          await db.transaction((tx) => createDirectoryRepository(tx).upsertEstablishments(rows.slice(i, i + 1_000)));
        }
        stats.gone = await createDirectoryRepository(db).markMissing('finess', id);
      },
    },
  );
}
