import type {
  AssemblyKind,
  AssemblyRecord,
  AssemblyStatus,
  AssociationAssembliesRepository,
  Attendance,
  MajorityRule,
  ResolutionOutcome,
} from '@maillon/domain';
import { and, asc, desc, eq, inArray } from 'drizzle-orm';
import type { Db } from '../client.ts';
import { assemblies, assemblyVoters, resolutions } from '../schema/index.ts';

const toAssembly = (row: typeof assemblies.$inferSelect): AssemblyRecord => ({
  ...row,
  kind: row.kind as AssemblyKind,
  status: row.status as AssemblyStatus,
  majorityRule: row.majorityRule as MajorityRule,
});

export function createAssociationAssembliesRepository(db: Db): AssociationAssembliesRepository {
  return {
    async list(cptsId) {
      const rows = await db.select().from(assemblies).where(eq(assemblies.cptsId, cptsId)).orderBy(desc(assemblies.scheduledAt));
      return rows.map(toAssembly);
    },
    async get(cptsId, id, options) {
      const query = db
        .select()
        .from(assemblies)
        .where(and(eq(assemblies.cptsId, cptsId), eq(assemblies.id, id)));
      const rows = options?.forUpdate ? await query.for('update') : await query;
      return rows[0] ? toAssembly(rows[0]) : null;
    },
    async create(assembly, voters, items) {
      await db.insert(assemblies).values(assembly);
      for (let i = 0; i < voters.length; i += 1000) {
        await db.insert(assemblyVoters).values(voters.slice(i, i + 1000).map((v) => ({ ...v, assemblyId: assembly.id })));
      }
      if (items.length) await db.insert(resolutions).values([...items]);
    },
    async voters(assemblyId) {
      const rows = await db
        .select()
        .from(assemblyVoters)
        .where(eq(assemblyVoters.assemblyId, assemblyId))
        .orderBy(asc(assemblyVoters.displayName), asc(assemblyVoters.memberId));
      return rows.map(({ assemblyId: _, ...v }) => ({ ...v, attendance: v.attendance as Attendance }));
    },
    async saveAttendance(assemblyId, voters) {
      for (const v of voters) {
        await db
          .update(assemblyVoters)
          .set({ attendance: v.attendance, proxyHolderId: v.proxyHolderId })
          .where(and(eq(assemblyVoters.assemblyId, assemblyId), eq(assemblyVoters.memberId, v.memberId)));
      }
    },
    async resolutions(assemblyIds) {
      if (assemblyIds.length === 0) return [];
      const rows = await db
        .select()
        .from(resolutions)
        .where(inArray(resolutions.assemblyId, [...assemblyIds]))
        .orderBy(asc(resolutions.position));
      return rows.map((r) => ({ ...r, majorityRule: r.majorityRule as MajorityRule, outcome: r.outcome as ResolutionOutcome | null }));
    },
    async recordVote(resolutionId, vote) {
      await db.update(resolutions).set(vote).where(eq(resolutions.id, resolutionId));
    },
    async setStatus(id, changes) {
      await db.update(assemblies).set(changes).where(eq(assemblies.id, id));
    },
    async assembliesOfVoters(memberIds) {
      if (memberIds.length === 0) return [];
      const rows = await db
        .select({ assembly: assemblies, memberId: assemblyVoters.memberId, attendance: assemblyVoters.attendance })
        .from(assemblyVoters)
        .innerJoin(assemblies, eq(assemblies.id, assemblyVoters.assemblyId))
        .where(inArray(assemblyVoters.memberId, [...memberIds]))
        .orderBy(desc(assemblies.scheduledAt));
      return rows.map((r) => ({ ...toAssembly(r.assembly), memberId: r.memberId, attendance: r.attendance as Attendance }));
    },
  };
}
