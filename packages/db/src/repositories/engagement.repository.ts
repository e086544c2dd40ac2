import type { EngagementRepository, ProfessionEngagementRow } from '@maillon/domain';
import { professionLineKey } from '@maillon/domain';
import { and, eq, exists, inArray, isNotNull, type SQL, sql } from 'drizzle-orm';
import type { Db } from '../client.ts';
import { members, professionalActivities, professionals } from '../schema/index.ts';

/** Activities that place a professional on the territory. */
export function territoryActivity(unitCodes: readonly string[]): SQL | undefined {
  return and(eq(professionalActivities.present, true), inArray(professionalActivities.unitCode, [...unitCodes]));
}

/** One row per present professional practising on the territory, with whether they practise general practice there. */
export function territoryProfessionals(db: Db, unitCodes: readonly string[]) {
  const a = professionalActivities;
  return db
    .select({ idNatPs: a.idNatPs, gp: sql<boolean>`bool_or(${a.generalPractice})`.as('gp') })
    .from(a)
    .innerJoin(professionals, and(eq(professionals.idNatPs, a.idNatPs), eq(professionals.present, true)))
    .where(territoryActivity(unitCodes))
    .groupBy(a.idNatPs)
    .as('territory_professionals');
}

/** Members that count in engagement: active, linked to an RPPS identity. */
export function activeMemberIds(db: Db, cptsId: string) {
  return db
    .selectDistinct({ idNatPs: sql<string>`${members.idNatPs}`.as('member_id_nat_ps') })
    .from(members)
    .where(and(eq(members.cptsId, cptsId), eq(members.status, 'active'), isNotNull(members.idNatPs)))
    .as('active_members');
}

export function createEngagementRepository(db: Db): EngagementRepository {
  return {
    async byProfession(cptsId, unitCodes) {
      if (unitCodes.length === 0) return [];
      const people = territoryProfessionals(db, unitCodes);
      const active = activeMemberIds(db, cptsId);
      const rows = await db
        .select({
          gp: people.gp,
          professionCode: professionals.professionCode,
          label: sql<string>`min(${professionals.professionLabel})`,
          professionals: sql<number>`count(*)::int`,
          members: sql<number>`count(${active.idNatPs})::int`,
        })
        .from(people)
        .innerJoin(professionals, eq(professionals.idNatPs, people.idNatPs))
        .leftJoin(active, eq(active.idNatPs, people.idNatPs))
        .groupBy(people.gp, professionals.professionCode);
      const lines = new Map<string, ProfessionEngagementRow>();
      for (const r of rows) {
        const key = professionLineKey(r.professionCode, r.gp);
        const line = lines.get(key) ?? { key, registryLabel: r.label, professionals: 0, members: 0 };
        line.professionals += r.professionals;
        line.members += r.members;
        lines.set(key, line);
      }
      return [...lines.values()];
    },
    async byUnit(cptsId, unitCodes) {
      if (unitCodes.length === 0) return [];
      const a = professionalActivities;
      const active = activeMemberIds(db, cptsId);
      const rows = await db
        .select({
          unitCode: sql<string>`${a.unitCode}`,
          professionals: sql<number>`count(distinct ${a.idNatPs})::int`,
          members: sql<number>`count(distinct ${active.idNatPs})::int`,
        })
        .from(a)
        .innerJoin(professionals, and(eq(professionals.idNatPs, a.idNatPs), eq(professionals.present, true)))
        .leftJoin(active, eq(active.idNatPs, a.idNatPs))
        .where(territoryActivity(unitCodes))
        .groupBy(a.unitCode);
      return rows;
    },
    async memberSpans(cptsId, unitCodes) {
      const a = professionalActivities;
      const onTerritory =
        unitCodes.length === 0
          ? sql<boolean>`false`
          : sql<boolean>`${exists(
              db
                .select({ one: sql`1` })
                .from(a)
                .innerJoin(professionals, and(eq(professionals.idNatPs, a.idNatPs), eq(professionals.present, true)))
                .where(and(eq(a.idNatPs, members.idNatPs), territoryActivity(unitCodes))),
            )}`;
      return db
        .select({
          kind: members.kind,
          status: members.status,
          joinedOn: members.joinedOn,
          leftOn: members.leftOn,
          practisesOnTerritory: onTerritory,
        })
        .from(members)
        .where(eq(members.cptsId, cptsId));
    },
    structureMembers(cptsId) {
      return db
        .select({
          id: members.id,
          displayName: members.displayName,
          structureType: members.structureType,
          finessSite: members.finessSite,
          unitCode: members.unitCode,
          status: members.status,
          joinedOn: members.joinedOn,
        })
        .from(members)
        .where(and(eq(members.cptsId, cptsId), eq(members.kind, 'structure')));
    },
  };
}
