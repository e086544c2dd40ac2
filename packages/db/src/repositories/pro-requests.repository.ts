import { randomUUID } from 'node:crypto';
import type {
  PatientSummary,
  ProRequestEventKind,
  ProRequestProfession,
  ProRequestRecord,
  ProRequestStage,
  ProRequestStatus,
  ProRequestsRepository,
  ProRequestUrgency,
} from '@maillon/domain';
import { and, asc, desc, eq, inArray, isNotNull, isNull, lte, or } from 'drizzle-orm';
import type { Db } from '../client.ts';
import {
  members,
  professionalActivities,
  professionals,
  proRequestEvents,
  proRequestOffers,
  proRequestSettings,
  proRequests,
} from '../schema/index.ts';

type Row = typeof proRequests.$inferSelect;

const toRecord = (r: Row): ProRequestRecord => ({
  id: r.id,
  cptsId: r.cptsId,
  authorIdNatPs: r.authorIdNatPs,
  authorName: r.authorName,
  professionCode: r.professionCode as ProRequestProfession,
  specialtyCode: r.specialtyCode,
  act: r.act,
  unitCode: r.unitCode,
  wantedOn: r.wantedOn,
  windowStart: r.windowStart,
  windowEnd: r.windowEnd,
  urgency: r.urgency as ProRequestUrgency,
  patient: {
    initials: r.patientInitials,
    ageBand: r.patientAgeBand as PatientSummary['ageBand'],
    sex: r.patientSex as PatientSummary['sex'],
    need: r.patientNeed,
  },
  usualIdNatPs: r.usualIdNatPs,
  stage: r.stage as ProRequestStage,
  status: r.status as ProRequestStatus,
  createdAt: r.createdAt,
  broadenAt: r.broadenAt,
  escalateAt: r.escalateAt,
  escalatedAt: r.escalatedAt,
  deadlineAt: r.deadlineAt,
  takenByIdNatPs: r.takenByIdNatPs,
  takenByName: r.takenByName,
  takenAt: r.takenAt,
  isDemo: r.isDemo,
});

export function createProRequestsRepository(db: Db): ProRequestsRepository {
  return {
    async professional(idNatPs) {
      const people = await db
        .select({ firstName: professionals.firstName, lastName: professionals.lastName })
        .from(professionals)
        .where(and(eq(professionals.idNatPs, idNatPs), eq(professionals.present, true)));
      const person = people[0];
      if (!person) return null;
      const activities = await db
        .selectDistinct({
          professionCode: professionalActivities.professionCode,
          specialtyCode: professionalActivities.specialtyCode,
          unitCode: professionalActivities.unitCode,
        })
        .from(professionalActivities)
        .where(
          and(
            eq(professionalActivities.idNatPs, idNatPs),
            eq(professionalActivities.present, true),
            isNotNull(professionalActivities.unitCode),
          ),
        )
        .orderBy(asc(professionalActivities.unitCode));
      if (activities.length === 0) return null;
      return {
        idNatPs,
        displayName: `${person.firstName} ${person.lastName}`.trim(),
        activities: activities.map((a) => ({
          professionCode: a.professionCode,
          specialtyCode: a.specialtyCode,
          unitCode: a.unitCode ?? '',
        })),
      };
    },
    async activeMemberships(idNatPs) {
      const rows = await db
        .selectDistinct({ cptsId: members.cptsId })
        .from(members)
        .where(and(eq(members.idNatPs, idNatPs), eq(members.status, 'active')));
      return rows.map((r) => r.cptsId);
    },
    async candidates(cptsId, professionCode, specialtyCode) {
      const rows = await db
        .selectDistinct({
          idNatPs: professionals.idNatPs,
          firstName: professionals.firstName,
          lastName: professionals.lastName,
          unitCode: professionalActivities.unitCode,
        })
        .from(members)
        .innerJoin(professionals, and(eq(professionals.idNatPs, members.idNatPs), eq(professionals.present, true)))
        .innerJoin(professionalActivities, eq(professionalActivities.idNatPs, members.idNatPs))
        .where(
          and(
            eq(members.cptsId, cptsId),
            eq(members.status, 'active'),
            eq(professionalActivities.present, true),
            eq(professionalActivities.professionCode, professionCode),
            isNotNull(professionalActivities.unitCode),
            specialtyCode === null ? undefined : eq(professionalActivities.specialtyCode, specialtyCode),
          ),
        )
        .orderBy(asc(professionals.lastName), asc(professionals.firstName));
      const byId = new Map<string, { idNatPs: string; displayName: string; unitCodes: string[] }>();
      for (const r of rows) {
        const entry = byId.get(r.idNatPs) ?? { idNatPs: r.idNatPs, displayName: `${r.firstName} ${r.lastName}`.trim(), unitCodes: [] };
        if (r.unitCode && !entry.unitCodes.includes(r.unitCode)) entry.unitCodes.push(r.unitCode);
        byId.set(r.idNatPs, entry);
      }
      return [...byId.values()];
    },
    async settings(cptsId) {
      const rows = await db.select().from(proRequestSettings).where(eq(proRequestSettings.cptsId, cptsId));
      return rows[0] ? { usualDelayMinutes: rows[0].usualDelayMinutes, escalatePercent: rows[0].escalatePercent } : null;
    },
    async saveSettings(cptsId, settings) {
      await db
        .insert(proRequestSettings)
        .values({ cptsId, ...settings })
        .onConflictDoUpdate({ target: proRequestSettings.cptsId, set: settings });
    },
    async insert(r) {
      await db.insert(proRequests).values({
        id: r.id,
        cptsId: r.cptsId,
        authorIdNatPs: r.authorIdNatPs,
        authorName: r.authorName,
        professionCode: r.professionCode,
        specialtyCode: r.specialtyCode,
        act: r.act,
        unitCode: r.unitCode,
        wantedOn: r.wantedOn,
        windowStart: r.windowStart,
        windowEnd: r.windowEnd,
        urgency: r.urgency,
        patientInitials: r.patient.initials,
        patientAgeBand: r.patient.ageBand,
        patientSex: r.patient.sex,
        patientNeed: r.patient.need,
        usualIdNatPs: r.usualIdNatPs,
        stage: r.stage,
        status: r.status,
        createdAt: r.createdAt,
        broadenAt: r.broadenAt,
        escalateAt: r.escalateAt,
        escalatedAt: r.escalatedAt,
        deadlineAt: r.deadlineAt,
        takenByIdNatPs: r.takenByIdNatPs,
        takenByName: r.takenByName,
        takenAt: r.takenAt,
        isDemo: r.isDemo,
      });
    },
    async get(id, options) {
      const query = db.select().from(proRequests).where(eq(proRequests.id, id));
      const rows = options?.forUpdate ? await query.for('update') : await query;
      return rows[0] ? toRecord(rows[0]) : null;
    },
    async take(id, idNatPs, displayName, at) {
      // One statement, conditional on the status: of concurrent accepts, only one row comes back
      // (docs/reference/pro-requests.md §3, "first to accept").
      const rows = await db
        .update(proRequests)
        .set({ status: 'taken', takenByIdNatPs: idNatPs, takenByName: displayName, takenAt: at })
        .where(and(eq(proRequests.id, id), eq(proRequests.status, 'open')))
        .returning({ id: proRequests.id });
      return rows.length === 1;
    },
    async update(id, change) {
      const rows = await db
        .update(proRequests)
        .set(change)
        .where(and(eq(proRequests.id, id), eq(proRequests.status, 'open')))
        .returning({ id: proRequests.id });
      return rows.length === 1;
    },
    async addOffers(offers) {
      if (offers.length === 0) return;
      await db
        .insert(proRequestOffers)
        .values([...offers])
        .onConflictDoNothing();
    },
    async offers(requestId) {
      return db.select().from(proRequestOffers).where(eq(proRequestOffers.requestId, requestId)).orderBy(asc(proRequestOffers.displayName));
    },
    async decline(requestId, idNatPs, at) {
      const rows = await db
        .update(proRequestOffers)
        .set({ declinedAt: at })
        .where(and(eq(proRequestOffers.requestId, requestId), eq(proRequestOffers.idNatPs, idNatPs), isNull(proRequestOffers.declinedAt)))
        .returning({ id: proRequestOffers.requestId });
      return rows.length === 1;
    },
    async addEvent(e) {
      await db.insert(proRequestEvents).values({ id: randomUUID(), ...e });
    },
    async events(requestId) {
      const rows = await db
        .select()
        .from(proRequestEvents)
        .where(eq(proRequestEvents.requestId, requestId))
        .orderBy(asc(proRequestEvents.at));
      return rows.map((r) => ({
        requestId: r.requestId,
        at: r.at,
        kind: r.kind as ProRequestEventKind,
        idNatPs: r.idNatPs,
        reason: r.reason,
      }));
    },
    async postedBy(idNatPs) {
      const rows = await db.select().from(proRequests).where(eq(proRequests.authorIdNatPs, idNatPs)).orderBy(desc(proRequests.createdAt));
      return rows.map(toRecord);
    },
    async offeredTo(idNatPs) {
      const offered = db
        .select({ id: proRequestOffers.requestId })
        .from(proRequestOffers)
        .where(and(eq(proRequestOffers.idNatPs, idNatPs), isNull(proRequestOffers.declinedAt)));
      const rows = await db.select().from(proRequests).where(inArray(proRequests.id, offered)).orderBy(desc(proRequests.createdAt));
      return rows.map(toRecord);
    },
    async ofCpts(cptsId) {
      const rows = await db.select().from(proRequests).where(eq(proRequests.cptsId, cptsId)).orderBy(desc(proRequests.createdAt));
      return rows.map(toRecord);
    },
    async due(now) {
      const rows = await db
        .select()
        .from(proRequests)
        .where(
          and(
            eq(proRequests.status, 'open'),
            or(
              lte(proRequests.deadlineAt, now),
              and(eq(proRequests.stage, 'usual'), lte(proRequests.broadenAt, now)),
              and(isNull(proRequests.escalatedAt), lte(proRequests.escalateAt, now)),
            ),
          ),
        )
        .orderBy(asc(proRequests.deadlineAt));
      return rows.map(toRecord);
    },
  };
}
