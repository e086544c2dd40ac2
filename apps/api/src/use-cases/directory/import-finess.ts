import type { StagedEstablishment } from '@maillon/domain';
import { createUnitResolver, parseFinessLine } from '@maillon/domain';
import type { LineHandler } from './line-import.ts';
import type { ReaderContext } from './reader-context.ts';

const STAGE_BATCH = 1_000;

/**
 * Reads the FINESS stock extraction (docs/reference/directory.md §3, §4): `structureet` records become
 * establishments (kind from the category), `geolocalisation` records add WGS84 coordinates
 * converted from Lambert-93. Geolocation lines come after the establishments in the file, so
 * establishments are kept until the end (≈ 100 000 sites: small) and staged then.
 */
export async function finessReader(context: ReaderContext): Promise<LineHandler> {
  const resolve = createUnitResolver(await context.ports.geography.units(), await context.ports.communeCodes.formerCodes());
  const sites = new Map<string, StagedEstablishment>();
  const stats = { establishments: 0, geolocated: 0, outsideGeography: 0, ignoredRecords: 0 };
  return {
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
        isDemo: context.isDemo,
      });
      return { accepted: true };
    },
    pending: () => 0,
    drain: () => async () => {},
    async finish(staging) {
      const rows = [...sites.values()];
      for (let i = 0; i < rows.length; i += STAGE_BATCH) await staging.stageEstablishments(rows.slice(i, i + STAGE_BATCH));
    },
  };
}
