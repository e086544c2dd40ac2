import type { AssociationDirectoryRepository, DirectoryProfessional } from '@maillon/domain';
import { and, asc, eq, inArray, or, sql } from 'drizzle-orm';
import type { Db } from '../client.ts';
import { professionalActivities, professionals } from '../schema/index.ts';

type Row = { p: typeof professionals.$inferSelect; a: typeof professionalActivities.$inferSelect | null };

/** One entry per person: the territory activity wins over any other one. */
function collapse(rows: readonly Row[], territory: ReadonlySet<string>): DirectoryProfessional[] {
  const byId = new Map<string, DirectoryProfessional>();
  for (const { p, a } of rows) {
    const inside = a?.unitCode ? territory.has(a.unitCode) : false;
    const known = byId.get(p.idNatPs);
    if (known && (known.inTerritory || !inside)) continue;
    byId.set(p.idNatPs, {
      idNatPs: p.idNatPs,
      firstName: p.firstName,
      lastName: p.lastName,
      professionLabel: p.professionLabel,
      unitCode: a?.unitCode ?? null,
      townLabel: a?.townLabel ?? null,
      inTerritory: inside,
    });
  }
  return [...byId.values()];
}

export function createAssociationDirectoryRepository(db: Db): AssociationDirectoryRepository {
  const select = () =>
    db
      .select({ p: professionals, a: professionalActivities })
      .from(professionals)
      .leftJoin(
        professionalActivities,
        and(eq(professionalActivities.idNatPs, professionals.idNatPs), eq(professionalActivities.present, true)),
      );
  return {
    async professional(idNatPs, territory) {
      const rows = await select().where(eq(professionals.idNatPs, idNatPs));
      return collapse(rows, new Set(territory))[0] ?? null;
    },
    async search(q, territory, limit) {
      const pattern = `%${q}%`;
      const ids = db
        .select({ id: professionals.idNatPs })
        .from(professionals)
        .where(
          and(
            eq(professionals.present, true),
            or(
              sql`unaccent_fold(${professionals.lastName} || ' ' || ${professionals.firstName}) like unaccent_fold(${pattern})`,
              sql`unaccent_fold(${professionals.firstName} || ' ' || ${professionals.lastName}) like unaccent_fold(${pattern})`,
              sql`${professionals.identifier} like ${`${q}%`}`,
              sql`${professionals.idNatPs} like ${`${q}%`}`,
            ),
          ),
        )
        .orderBy(asc(professionals.lastName), asc(professionals.firstName))
        .limit(limit * 5);
      const rows = await select().where(inArray(professionals.idNatPs, ids));
      const hits = collapse(rows, new Set(territory));
      hits.sort((x, y) => Number(y.inTerritory) - Number(x.inTerritory) || x.lastName.localeCompare(y.lastName, 'fr'));
      return hits.slice(0, limit);
    },
    async inTerritory(territory, limit) {
      if (territory.length === 0) return [];
      const ids = db
        .selectDistinct({ id: professionalActivities.idNatPs })
        .from(professionalActivities)
        .where(and(eq(professionalActivities.present, true), inArray(professionalActivities.unitCode, [...territory])));
      const rows = await select()
        .where(and(eq(professionals.present, true), inArray(professionals.idNatPs, ids)))
        .orderBy(asc(professionals.lastName), asc(professionals.firstName), asc(professionals.idNatPs));
      return collapse(rows, new Set(territory)).slice(0, limit);
    },
  };
}
