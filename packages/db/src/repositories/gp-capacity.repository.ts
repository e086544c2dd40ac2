import type { DistanceTier, GpCapacityRecord, GpCapacityRepository } from '@maillon/domain';
import { and, asc, eq, inArray, isNotNull, sql } from 'drizzle-orm';
import type { Db } from '../client.ts';
import { cpts, cptsUnits, gpCapacities, mtProposals, professionalActivities, professionals } from '../schema/index.ts';

type Row = typeof gpCapacities.$inferSelect;

const toRecord = (row: Row): GpCapacityRecord => ({
  cptsId: row.cptsId,
  idNatPs: row.idNatPs,
  displayName: row.displayName,
  practiceUnitCode: row.practiceUnitCode,
  declaration: {
    availableNow: row.availableNow,
    perMonth: row.perMonth,
    unitCodes: row.unitCodes,
    maxDistanceKm: row.maxDistanceKm,
    maxTier: row.maxTier as DistanceTier,
    minAge: row.minAge,
    maxAge: row.maxAge,
    homeVisits: row.homeVisits,
  },
  declaredAt: row.declaredAt,
  declaredBy: row.declaredBy,
  isDemo: row.isDemo,
});

/** Statuses that hold or used a place (docs/reference/mt-matching.md §1). */
const COMMITTED = ['sent', 'accepted', 'consulted', 'declared'];

export function createGpCapacityRepository(db: Db): GpCapacityRepository {
  return {
    async generalPractitioner(idNatPs) {
      const people = await db
        .select({ firstName: professionals.firstName, lastName: professionals.lastName })
        .from(professionals)
        .where(and(eq(professionals.idNatPs, idNatPs), eq(professionals.present, true)));
      const person = people[0];
      if (!person) return null;
      const activities = await db
        .selectDistinct({
          unitCode: professionalActivities.unitCode,
          townLabel: professionalActivities.townLabel,
          structureName: professionalActivities.structureName,
        })
        .from(professionalActivities)
        .where(
          and(
            eq(professionalActivities.idNatPs, idNatPs),
            eq(professionalActivities.generalPractice, true),
            eq(professionalActivities.present, true),
            isNotNull(professionalActivities.unitCode),
          ),
        )
        .orderBy(asc(professionalActivities.unitCode));
      if (activities.length === 0) return null;
      return {
        idNatPs,
        displayName: `${person.firstName} ${person.lastName}`.trim(),
        practices: activities.map((a) => ({ unitCode: a.unitCode ?? '', townLabel: a.townLabel, structureName: a.structureName })),
      };
    },
    async cptsServing(unitCodes) {
      if (unitCodes.length === 0) return [];
      return db
        .selectDistinct({ id: cpts.id, name: cpts.name })
        .from(cpts)
        .innerJoin(cptsUnits, eq(cptsUnits.cptsId, cpts.id))
        .where(inArray(cptsUnits.unitCode, [...unitCodes]))
        .orderBy(asc(cpts.name));
    },
    async get(cptsId, idNatPs, options) {
      const query = db
        .select()
        .from(gpCapacities)
        .where(and(eq(gpCapacities.cptsId, cptsId), eq(gpCapacities.idNatPs, idNatPs)));
      const rows = options?.forUpdate ? await query.for('update') : await query;
      return rows[0] ? toRecord(rows[0]) : null;
    },
    async ofGp(idNatPs) {
      return (await db.select().from(gpCapacities).where(eq(gpCapacities.idNatPs, idNatPs))).map(toRecord);
    },
    async ofCpts(cptsId) {
      const rows = await db.select().from(gpCapacities).where(eq(gpCapacities.cptsId, cptsId)).orderBy(asc(gpCapacities.displayName));
      return rows.map(toRecord);
    },
    async save(record) {
      const d = record.declaration;
      const values = {
        displayName: record.displayName,
        practiceUnitCode: record.practiceUnitCode,
        availableNow: d.availableNow,
        perMonth: d.perMonth,
        unitCodes: d.unitCodes,
        maxDistanceKm: d.maxDistanceKm,
        maxTier: d.maxTier,
        minAge: d.minAge,
        maxAge: d.maxAge,
        homeVisits: d.homeVisits,
        declaredAt: record.declaredAt,
        declaredBy: record.declaredBy,
        isDemo: record.isDemo,
      };
      await db
        .insert(gpCapacities)
        .values({ cptsId: record.cptsId, idNatPs: record.idNatPs, ...values })
        .onConflictDoUpdate({ target: [gpCapacities.cptsId, gpCapacities.idNatPs], set: values });
    },
    async committedPlaces(cptsId, monthStart) {
      const rows = await db
        .select({
          idNatPs: gpCapacities.idNatPs,
          sinceDeclaration: sql<number>`count(*) filter (where ${mtProposals.createdAt} >= ${gpCapacities.declaredAt})`.mapWith(Number),
          thisMonth: sql<number>`count(*) filter (where ${mtProposals.createdAt} >= ${monthStart.toISOString()})`.mapWith(Number),
        })
        .from(gpCapacities)
        .innerJoin(mtProposals, and(eq(mtProposals.cptsId, gpCapacities.cptsId), eq(mtProposals.idNatPs, gpCapacities.idNatPs)))
        .where(and(eq(gpCapacities.cptsId, cptsId), inArray(mtProposals.status, COMMITTED)))
        .groupBy(gpCapacities.idNatPs);
      return new Map(rows.map((r) => [r.idNatPs, { sinceDeclaration: r.sinceDeclaration, thisMonth: r.thisMonth }]));
    },
  };
}
