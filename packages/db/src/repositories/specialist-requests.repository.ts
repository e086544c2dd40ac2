import type {
  PatientSummary,
  SpecialistKind,
  SpecialistRequestRecord,
  SpecialistRequestsRepository,
  SpecialistStatus,
  SpecialistTarget,
} from '@maillon/domain';
import { and, asc, desc, eq, inArray, ne, or } from 'drizzle-orm';
import type { Db } from '../client.ts';
import { specialistRequests } from '../schema/index.ts';

type Row = typeof specialistRequests.$inferSelect;

const toRecord = (r: Row): SpecialistRequestRecord => ({
  id: r.id,
  cptsId: r.cptsId,
  authorIdNatPs: r.authorIdNatPs,
  authorName: r.authorName,
  specialtyCode: r.specialtyCode,
  kind: r.kind as SpecialistKind,
  target: r.target as SpecialistTarget,
  patient: {
    initials: r.patientInitials,
    ageBand: r.patientAgeBand as PatientSummary['ageBand'],
    sex: r.patientSex as PatientSummary['sex'],
    need: r.patientNeed,
  },
  status: r.status as SpecialistStatus,
  createdAt: r.createdAt,
  deadlineAt: r.deadlineAt,
  settledByIdNatPs: r.settledByIdNatPs,
  settledByName: r.settledByName,
  settledAt: r.settledAt,
  answerText: r.answerText,
  bookingId: r.bookingId,
  achievedAt: r.achievedAt,
  cancelledAt: r.cancelledAt,
  isDemo: r.isDemo,
});

export function createSpecialistRequestsRepository(db: Db): SpecialistRequestsRepository {
  return {
    async insert(r) {
      const { patient, ...rest } = r;
      await db.insert(specialistRequests).values({
        ...rest,
        patientInitials: patient.initials,
        patientAgeBand: patient.ageBand,
        patientSex: patient.sex,
        patientNeed: patient.need,
      });
    },
    async get(id, options) {
      const query = db.select().from(specialistRequests).where(eq(specialistRequests.id, id));
      const rows = options?.forUpdate ? await query.for('update') : await query;
      return rows[0] ? toRecord(rows[0]) : null;
    },
    async settle(id, s) {
      // One statement, conditional on the status: of concurrent settlements only one row comes
      // back (docs/reference/specialist-access.md §2, "exactly once").
      const rows = await db
        .update(specialistRequests)
        .set({
          status: s.status,
          settledByIdNatPs: s.byIdNatPs,
          settledByName: s.byName,
          settledAt: s.at,
          answerText: s.answerText,
          bookingId: s.bookingId,
          achievedAt: s.achievedAt,
        })
        .where(and(eq(specialistRequests.id, id), eq(specialistRequests.status, 'open')))
        .returning({ id: specialistRequests.id });
      return rows.length === 1;
    },
    async reopenAfterCancelledBooking(bookingId) {
      const rows = await db
        .update(specialistRequests)
        .set({ status: 'open', settledByIdNatPs: null, settledByName: null, settledAt: null, bookingId: null, achievedAt: null })
        .where(and(eq(specialistRequests.bookingId, bookingId), eq(specialistRequests.status, 'booked')))
        .returning({ id: specialistRequests.id });
      return rows[0]?.id ?? null;
    },
    async cancel(id, at) {
      const rows = await db
        .update(specialistRequests)
        .set({ status: 'cancelled', cancelledAt: at })
        .where(and(eq(specialistRequests.id, id), eq(specialistRequests.status, 'open')))
        .returning({ id: specialistRequests.id });
      return rows.length === 1;
    },
    async postedBy(idNatPs) {
      const rows = await db
        .select()
        .from(specialistRequests)
        .where(eq(specialistRequests.authorIdNatPs, idNatPs))
        .orderBy(desc(specialistRequests.createdAt));
      return rows.map(toRecord);
    },
    async inbox(cptsId, specialtyCodes, idNatPs) {
      if (specialtyCodes.length === 0) return [];
      const rows = await db
        .select()
        .from(specialistRequests)
        .where(
          and(
            eq(specialistRequests.cptsId, cptsId),
            inArray(specialistRequests.specialtyCode, [...specialtyCodes]),
            ne(specialistRequests.authorIdNatPs, idNatPs),
            or(eq(specialistRequests.status, 'open'), eq(specialistRequests.settledByIdNatPs, idNatPs)),
          ),
        )
        .orderBy(asc(specialistRequests.deadlineAt));
      return rows.map(toRecord);
    },
    async ofCpts(cptsId) {
      const rows = await db
        .select()
        .from(specialistRequests)
        .where(eq(specialistRequests.cptsId, cptsId))
        .orderBy(desc(specialistRequests.createdAt));
      return rows.map(toRecord);
    },
  };
}
