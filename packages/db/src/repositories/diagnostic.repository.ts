import type { DiagnosticRepository, DirectoryScope } from '@maillon/domain';
import { diagnosticScopeKey, professionLineKey, type ScopeCount } from '@maillon/domain';
import { and, desc, eq, inArray, isNotNull, notLike, type SQL, sql } from 'drizzle-orm';
import type { Db } from '../client.ts';
import { directoryVersions, establishments, importRuns, professionalActivities, professionals, regions, units } from '../schema/index.ts';

interface ScopeParts {
  /** Grouping column for départements; a single scope otherwise. */
  group: SQL | null;
  condition: SQL | undefined;
  keyOf: (group: string | null) => string;
  empty: boolean;
}

function partsOf(scope: DirectoryScope): ScopeParts {
  switch (scope.kind) {
    case 'territory':
      return {
        group: null,
        condition: scope.unitCodes.length ? inArray(units.code, [...scope.unitCodes]) : undefined,
        keyOf: () => diagnosticScopeKey('territory'),
        empty: scope.unitCodes.length === 0,
      };
    case 'departements':
      return {
        group: sql`${units.departementCode}`,
        condition: scope.codes.length ? inArray(units.departementCode, [...scope.codes]) : undefined,
        keyOf: (group) => diagnosticScopeKey('departement', group ?? ''),
        empty: scope.codes.length === 0,
      };
    case 'region':
      return {
        group: null,
        condition: eq(units.regionCode, scope.code),
        keyOf: () => diagnosticScopeKey('region', scope.code),
        empty: false,
      };
    case 'france':
      // Where the ACI applies: the overseas collectivities apart (docs/reference/coverage.md §6).
      return {
        group: null,
        condition: sql`coalesce(${units.regionCode}, '') not in (select ${regions.code} from ${regions} where ${regions.zone} = 'com')`,
        keyOf: () => diagnosticScopeKey('france'),
        empty: false,
      };
  }
}

const groupColumn = (parts: ScopeParts) => (parts.group ? sql<string | null>`${parts.group}` : sql<string | null>`null::text`);

export function createDiagnosticRepository(db: Db): DiagnosticRepository {
  async function professionCountsOf(scope: DirectoryScope): Promise<ScopeCount[]> {
    const parts = partsOf(scope);
    if (parts.empty) return [];
    const a = professionalActivities;
    // One row per professional and scope: general practice when any activity there is flagged.
    const perPerson = db
      .select({
        idNatPs: a.idNatPs,
        grp: groupColumn(parts).as('grp'),
        gp: sql<boolean>`bool_or(${a.generalPractice})`.as('gp'),
        // RPPS mode d'exercice (TRE_R23): L libéral, S salarié (docs/reference/directory.md §5).
        liberal: sql<boolean>`coalesce(bool_or(${a.modeCode} = 'L'), false)`.as('liberal'),
        salaried: sql<boolean>`coalesce(bool_or(${a.modeCode} = 'S'), false)`.as('salaried'),
      })
      .from(a)
      .innerJoin(units, eq(units.code, a.unitCode))
      .where(and(eq(a.present, true), parts.condition))
      .groupBy(...(parts.group ? [a.idNatPs, parts.group] : [a.idNatPs]))
      .as('per_person');
    const rows = await db
      .select({
        grp: perPerson.grp,
        gp: perPerson.gp,
        professionCode: professionals.professionCode,
        label: sql<string>`min(${professionals.professionLabel})`,
        count: sql<number>`count(*)::int`,
        liberal: sql<number>`(count(*) filter (where ${perPerson.liberal}))::int`,
        salaried: sql<number>`(count(*) filter (where ${perPerson.salaried} and not ${perPerson.liberal}))::int`,
      })
      .from(perPerson)
      .innerJoin(professionals, and(eq(professionals.idNatPs, perPerson.idNatPs), eq(professionals.present, true)))
      .groupBy(perPerson.grp, perPerson.gp, professionals.professionCode);
    return rows.map((r) => ({
      scopeKey: parts.keyOf(r.grp),
      key: professionLineKey(r.professionCode, r.gp),
      label: r.label,
      count: r.count,
      practice: { liberal: r.liberal, salaried: r.salaried },
    }));
  }

  async function establishmentCountsOf(scope: DirectoryScope): Promise<ScopeCount[]> {
    const parts = partsOf(scope);
    if (parts.empty) return [];
    const grp = groupColumn(parts);
    const rows = await db
      .select({ grp, kind: establishments.kind, count: sql<number>`count(*)::int` })
      .from(establishments)
      .innerJoin(units, eq(units.code, establishments.unitCode))
      .where(and(eq(establishments.present, true), parts.condition))
      .groupBy(...(parts.group ? [parts.group, establishments.kind] : [establishments.kind]));
    return rows.map((r) => ({ scopeKey: parts.keyOf(r.grp), key: r.kind, label: r.kind, count: r.count }));
  }

  async function populationsOf(scope: DirectoryScope): Promise<[string, number][]> {
    const parts = partsOf(scope);
    if (parts.empty) return [[parts.keyOf(null), 0]];
    const grp = groupColumn(parts);
    const rows = await db
      .select({ grp, population: sql<number>`coalesce(sum(${units.population}), 0)::int` })
      .from(units)
      .where(parts.condition)
      .groupBy(...(parts.group ? [parts.group] : []));
    return rows.map((r) => [parts.keyOf(r.grp), r.population]);
  }

  const all = async <T>(scopes: readonly DirectoryScope[], each: (scope: DirectoryScope) => Promise<T[]>) =>
    (await Promise.all(scopes.map(each))).flat();

  return {
    populations: async (scopes) => new Map(await all(scopes, populationsOf)),
    professionCounts: (scopes) => all(scopes, professionCountsOf),
    establishmentCounts: (scopes) => all(scopes, establishmentCountsOf),
    async departementsWithProfessionals() {
      const rows = await db
        .selectDistinct({ code: units.departementCode })
        .from(professionalActivities)
        .innerJoin(units, eq(units.code, professionalActivities.unitCode))
        .where(eq(professionalActivities.present, true));
      return rows.flatMap((r) => (r.code ? [r.code] : []));
    },
    async latestImports() {
      const rows = await db
        .selectDistinctOn([importRuns.kind], {
          kind: importRuns.kind,
          sourceName: importRuns.sourceName,
          finishedAt: importRuns.finishedAt,
        })
        .from(importRuns)
        // National files only: a coordination team's territory upload is not a source of the whole directory.
        .where(and(eq(importRuns.status, 'applied'), isNotNull(importRuns.finishedAt), notLike(importRuns.kind, '%:%')))
        .orderBy(importRuns.kind, desc(importRuns.finishedAt));
      return rows.flatMap((r) => (r.finishedAt ? [{ kind: r.kind, sourceName: r.sourceName, finishedAt: r.finishedAt }] : []));
    },
    async directoryVersion() {
      // Bumped by triggers on the directory tables and applied import runs (migration 0028); a missing row is a version too.
      const rows = await db.select({ version: directoryVersions.version }).from(directoryVersions).where(eq(directoryVersions.id, 1));
      return rows[0] ? String(rows[0].version) : 'none';
    },
  };
}
