import type { NonMemberFilter, NonMembersRepository, TerritoryActivityRow } from '@maillon/domain';
import { GENERAL_PRACTICE_LINE } from '@maillon/domain';
import { and, asc, eq, exists, inArray, not, type SQL, sql } from 'drizzle-orm';
import type { Db } from '../client.ts';
import { invitations, members, professionalActivities, professionals } from '../schema/index.ts';
import { territoryActivity, territoryProfessionals } from './engagement.repository.ts';

const CHUNK = 5000;

export function createNonMembersRepository(db: Db): NonMembersRepository {
  function query(cptsId: string, unitCodes: readonly string[], filter: NonMemberFilter & { ids?: readonly string[] }) {
    const people = territoryProfessionals(db, unitCodes);
    const notMember = not(
      exists(
        db
          .select({ one: sql`1` })
          .from(members)
          .where(and(eq(members.cptsId, cptsId), eq(members.idNatPs, people.idNatPs), inArray(members.status, ['active', 'requested']))),
      ),
    );
    const conditions: (SQL | undefined)[] = [notMember];
    if (filter.ids) conditions.push(inArray(people.idNatPs, [...filter.ids]));
    if (filter.profession === GENERAL_PRACTICE_LINE) conditions.push(eq(people.gp, true));
    else if (filter.profession) conditions.push(and(eq(people.gp, false), eq(professionals.professionCode, filter.profession)));
    if (filter.unitCode) {
      const a = professionalActivities;
      conditions.push(
        exists(
          db
            .select({ one: sql`1` })
            .from(a)
            .where(and(eq(a.idNatPs, people.idNatPs), eq(a.present, true), eq(a.unitCode, filter.unitCode))),
        ),
      );
    }
    if (filter.invited !== undefined) {
      const invited = exists(
        db
          .select({ one: sql`1` })
          .from(invitations)
          .where(and(eq(invitations.cptsId, cptsId), eq(invitations.idNatPs, people.idNatPs))),
      );
      conditions.push(filter.invited ? invited : not(invited));
    }
    return { people, where: and(...conditions) };
  }

  return {
    async count(cptsId, unitCodes, filter) {
      if (unitCodes.length === 0) return 0;
      const { people, where } = query(cptsId, unitCodes, filter);
      const rows = await db
        .select({ n: sql<number>`count(*)::int` })
        .from(people)
        .innerJoin(professionals, eq(professionals.idNatPs, people.idNatPs))
        .where(where);
      return rows[0]?.n ?? 0;
    },
    async list(cptsId, unitCodes, options) {
      if (unitCodes.length === 0) return [];
      const { people, where } = query(cptsId, unitCodes, options.filter);
      const base = db
        .select({
          idNatPs: professionals.idNatPs,
          civility: professionals.civility,
          lastName: professionals.lastName,
          firstName: professionals.firstName,
          professionCode: professionals.professionCode,
          professionLabel: professionals.professionLabel,
          generalPractice: people.gp,
        })
        .from(people)
        .innerJoin(professionals, eq(professionals.idNatPs, people.idNatPs))
        .where(where)
        .orderBy(asc(professionals.lastName), asc(professionals.firstName), asc(professionals.idNatPs));
      return options.page ? base.limit(options.page.limit).offset(options.page.offset) : base;
    },
    async activities(ids, unitCodes) {
      const a = professionalActivities;
      const rows: TerritoryActivityRow[] = [];
      for (let i = 0; i < ids.length && unitCodes.length > 0; i += CHUNK) {
        const chunk = await db
          .select({
            idNatPs: a.idNatPs,
            activityKey: a.activityKey,
            specialtyLabel: a.specialtyLabel,
            structureName: a.structureName,
            address: a.address,
            postalCode: a.postalCode,
            unitCode: sql<string>`${a.unitCode}`,
            townLabel: a.townLabel,
            phone: a.phone,
            email: a.email,
          })
          .from(a)
          .where(and(territoryActivity(unitCodes), inArray(a.idNatPs, ids.slice(i, i + CHUNK))))
          .orderBy(asc(a.idNatPs), asc(a.unitCode), asc(a.activityKey));
        rows.push(...chunk);
      }
      return rows;
    },
    async eligible(cptsId, unitCodes, ids) {
      if (unitCodes.length === 0 || ids.length === 0) return new Set();
      const found = new Set<string>();
      for (let i = 0; i < ids.length; i += CHUNK) {
        const { people, where } = query(cptsId, unitCodes, { ids: ids.slice(i, i + CHUNK) });
        const rows = await db
          .select({ id: people.idNatPs })
          .from(people)
          .innerJoin(professionals, eq(professionals.idNatPs, people.idNatPs))
          .where(where);
        for (const r of rows) found.add(r.id);
      }
      return found;
    },
  };
}
