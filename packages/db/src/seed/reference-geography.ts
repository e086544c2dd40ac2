import { createRequire } from 'node:module';
import { COMMUNES_SPLIT_IN_ARRONDISSEMENTS } from '@maillon/domain';
import { eq, sql } from 'drizzle-orm';
import type { Db } from '../client.ts';
import { departements, epcis, referenceMeta, regions, units } from '../schema/index.ts';

const require = createRequire(import.meta.url);

interface CogCommune {
  code: string;
  nom: string;
  type: string;
  commune?: string;
  chefLieu?: string;
  departement?: string;
  region?: string;
  population?: number;
  codesPostaux?: string[];
  anciensCodes?: string[];
}

/** The pinned COG package and the vintage it carries (its README's millésime table). */
export const COG_SOURCE = {
  package: '@etalab/decoupage-administratif',
  version: (require('@etalab/decoupage-administratif/package.json') as { version: string }).version,
  vintage: 'COG 2026, populations légales INSEE',
};

export type UnitRow = typeof units.$inferInsert;

/** Builds the territorial units from the COG: communes, with Paris/Lyon/Marseille split. */
export function cogUnits(): UnitRow[] {
  const communes = require('@etalab/decoupage-administratif/data/communes.json') as CogCommune[];
  const epciList = require('@etalab/decoupage-administratif/data/epci.json') as { code: string; membres: { code: string }[] }[];
  const epciOf = new Map<string, string>();
  for (const epci of epciList) for (const member of epci.membres) epciOf.set(member.code, epci.code);
  const split = new Set<string>(COMMUNES_SPLIT_IN_ARRONDISSEMENTS);
  const rows: UnitRow[] = [];
  for (const c of communes) {
    const isCommune = c.type === 'commune-actuelle' && !split.has(c.code);
    const isArrondissement = c.type === 'arrondissement-municipal' && c.commune !== undefined && split.has(c.commune);
    if (!isCommune && !isArrondissement) continue;
    rows.push({
      code: c.code,
      name: c.nom,
      kind: isCommune ? 'commune' : 'arrondissement',
      parentCommuneCode: isArrondissement ? (c.commune ?? null) : null,
      departementCode: c.departement ?? null,
      regionCode: c.region ?? null,
      epciCode: epciOf.get(isArrondissement ? (c.commune as string) : c.code) ?? null,
      population: c.population ?? 0,
      postalCodes: c.codesPostaux ?? [],
      formerCodes: c.anciensCodes ?? [],
    });
  }
  return rows;
}

/** Former codes (communes déléguées/associées) → current unit code, for mapping old sources. */
export function cogFormerCodeMap(): Map<string, string> {
  const communes = require('@etalab/decoupage-administratif/data/communes.json') as CogCommune[];
  const map = new Map<string, string>();
  for (const c of communes) {
    if ((c.type === 'commune-deleguee' || c.type === 'commune-associee') && c.chefLieu && c.chefLieu !== c.code) {
      map.set(c.code, c.chefLieu);
    }
    if (c.type === 'commune-actuelle') for (const old of c.anciensCodes ?? []) if (old !== c.code) map.set(old, c.code);
  }
  return map;
}

async function insertInBatches<T>(rows: T[], size: number, insert: (batch: T[]) => Promise<unknown>): Promise<void> {
  for (let i = 0; i < rows.length; i += size) await insert(rows.slice(i, i + size));
}

/**
 * Loads regions, départements, EPCI and units at first start; does nothing when the same
 * package version is already loaded (idempotent), replaces the reference when it changed.
 */
export async function loadReferenceGeography(db: Db, now: Date): Promise<{ loaded: boolean; units: number }> {
  const existing = await db.select().from(referenceMeta).where(eq(referenceMeta.key, 'cog'));
  const current = existing[0]?.value as { version?: string; units?: number; zones?: boolean } | undefined;
  // A reference loaded before regions carried their zone is loaded again, once (same rows, zones added).
  if (current?.version === COG_SOURCE.version && current.zones) return { loaded: false, units: current.units ?? 0 };
  const regionRows = (require('@etalab/decoupage-administratif/data/regions.json') as { code: string; nom: string; zone: string }[]).map(
    (r) => ({ code: r.code, name: r.nom, zone: r.zone }),
  );
  const depRows = (
    require('@etalab/decoupage-administratif/data/departements.json') as { code: string; nom: string; region: string }[]
  ).map((d) => ({ code: d.code, name: d.nom, regionCode: d.region ?? null }));
  const epciRows = (require('@etalab/decoupage-administratif/data/epci.json') as { code: string; nom: string; type: string }[]).map(
    (e) => ({ code: e.code, name: e.nom, kind: e.type }),
  );
  const unitRows = cogUnits();
  await db.transaction(async (tx) => {
    await insertInBatches(regionRows, 500, (b) =>
      tx
        .insert(regions)
        .values(b)
        .onConflictDoUpdate({ target: regions.code, set: { name: sql`excluded.name`, zone: sql`excluded.zone` } }),
    );
    await insertInBatches(depRows, 500, (b) =>
      tx
        .insert(departements)
        .values(b)
        .onConflictDoUpdate({ target: departements.code, set: { name: sql`excluded.name`, regionCode: sql`excluded.region_code` } }),
    );
    await insertInBatches(epciRows, 500, (b) =>
      tx
        .insert(epcis)
        .values(b)
        .onConflictDoUpdate({ target: epcis.code, set: { name: sql`excluded.name`, kind: sql`excluded.kind` } }),
    );
    await insertInBatches(unitRows, 1000, (b) =>
      tx
        .insert(units)
        .values(b)
        .onConflictDoUpdate({
          target: units.code,
          set: {
            name: sql`excluded.name`,
            kind: sql`excluded.kind`,
            parentCommuneCode: sql`excluded.parent_commune_code`,
            departementCode: sql`excluded.departement_code`,
            regionCode: sql`excluded.region_code`,
            epciCode: sql`excluded.epci_code`,
            population: sql`excluded.population`,
            postalCodes: sql`excluded.postal_codes`,
            formerCodes: sql`excluded.former_codes`,
          },
        }),
    );
    const value = { ...COG_SOURCE, units: unitRows.length, zones: true, loadedAt: now.toISOString() };
    await tx
      .insert(referenceMeta)
      .values({ key: 'cog', value, updatedAt: now })
      .onConflictDoUpdate({ target: referenceMeta.key, set: { value, updatedAt: now } });
  });
  return { loaded: true, units: unitRows.length };
}
