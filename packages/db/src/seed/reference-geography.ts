import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { COMMUNES_SPLIT_IN_ARRONDISSEMENTS } from '@maillon/domain';
import { eq, sql } from 'drizzle-orm';
import type { Db } from '../client.ts';
import { referenceMeta, type units } from '../schema/index.ts';

const require = createRequire(import.meta.url);

/**
 * The COG's large lists (communes 8.6 MB, EPCI 4 MB of JSON) parsed on each call rather than
 * through `require`, whose cache would keep ~40 MB of objects alive for the life of the process
 * (an API process, or an RPPS import bounded in memory, needs only the small maps built from them).
 */
const cogList = <T>(name: 'communes' | 'epci'): T =>
  JSON.parse(readFileSync(require.resolve(`@etalab/decoupage-administratif/data/${name}.json`), 'utf8')) as T;

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
  const communes = cogList<CogCommune[]>('communes');
  const epciList = cogList<{ code: string; membres: { code: string }[] }[]>('epci');
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

let formerCodes: ReadonlyMap<string, string> | undefined;

/**
 * Former codes (communes déléguées/associées) → current unit code, for mapping old sources. Built
 * once per process: about 4,000 entries of the installed package's data, which never change while
 * it runs, whereas parsing the 8.6 MB commune list costs ~0.15 s, once per directory import otherwise.
 * Callers get their own copy.
 */
export function cogFormerCodeMap(): Map<string, string> {
  formerCodes ??= buildFormerCodeMap();
  return new Map(formerCodes);
}

function buildFormerCodeMap(): Map<string, string> {
  const communes = cogList<CogCommune[]>('communes');
  const map = new Map<string, string>();
  for (const c of communes) {
    if ((c.type === 'commune-deleguee' || c.type === 'commune-associee') && c.chefLieu && c.chefLieu !== c.code) {
      map.set(c.code, c.chefLieu);
    }
    if (c.type === 'commune-actuelle') for (const old of c.anciensCodes ?? []) if (old !== c.code) map.set(old, c.code);
  }
  return map;
}

/** A unit row under its column names, for `json_to_recordset`. */
const unitJson = (u: UnitRow) => ({
  code: u.code,
  name: u.name,
  kind: u.kind,
  parent_commune_code: u.parentCommuneCode ?? null,
  departement_code: u.departementCode ?? null,
  region_code: u.regionCode ?? null,
  epci_code: u.epciCode ?? null,
  population: u.population,
  postal_codes: u.postalCodes,
  former_codes: u.formerCodes,
});

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
  const epciRows = cogList<{ code: string; nom: string; type: string }[]>('epci').map((e) => ({ code: e.code, name: e.nom, kind: e.type }));
  const unitRows = cogUnits();
  await db.transaction(async (tx) => {
    // One statement per table, its rows as one JSON parameter: 35,000 units in one round trip
    // instead of 35 thousand-row INSERTs (a cold start on PGlite, issue #11 item 4).
    await tx.execute(sql`
      insert into regions (code, name, zone)
      select code, name, zone from json_to_recordset(${JSON.stringify(regionRows)}::json) as r(code text, name text, zone text)
      on conflict (code) do update set name = excluded.name, zone = excluded.zone`);
    await tx.execute(sql`
      insert into departements (code, name, region_code)
      select code, name, region_code
      from json_to_recordset(${JSON.stringify(depRows.map((d) => ({ code: d.code, name: d.name, region_code: d.regionCode })))}::json)
        as r(code text, name text, region_code text)
      on conflict (code) do update set name = excluded.name, region_code = excluded.region_code`);
    await tx.execute(sql`
      insert into epcis (code, name, kind)
      select code, name, kind from json_to_recordset(${JSON.stringify(epciRows)}::json) as r(code text, name text, kind text)
      on conflict (code) do update set name = excluded.name, kind = excluded.kind`);
    await tx.execute(sql`
      insert into units (code, name, kind, parent_commune_code, departement_code, region_code, epci_code, population, postal_codes, former_codes)
      select code, name, kind, parent_commune_code, departement_code, region_code, epci_code, population, postal_codes, former_codes
      from json_to_recordset(${JSON.stringify(unitRows.map(unitJson))}::json) as r(
        code text, name text, kind text, parent_commune_code text, departement_code text, region_code text, epci_code text,
        population integer, postal_codes text[], former_codes text[])
      on conflict (code) do update set
        name = excluded.name, kind = excluded.kind, parent_commune_code = excluded.parent_commune_code,
        departement_code = excluded.departement_code, region_code = excluded.region_code, epci_code = excluded.epci_code,
        population = excluded.population, postal_codes = excluded.postal_codes, former_codes = excluded.former_codes`);
    const value = { ...COG_SOURCE, units: unitRows.length, zones: true, loadedAt: now.toISOString() };
    await tx
      .insert(referenceMeta)
      .values({ key: 'cog', value, updatedAt: now })
      .onConflictDoUpdate({ target: referenceMeta.key, set: { value, updatedAt: now } });
  });
  return { loaded: true, units: unitRows.length };
}
