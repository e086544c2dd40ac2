import type { PortalRepository } from '@maillon/domain';
import { and, asc, inArray } from 'drizzle-orm';
import type { Db } from '../client.ts';
import { assemblies, assemblyVoters } from '../schema/index.ts';

export function createPortalRepository(db: Db): PortalRepository {
  return {
    async assembliesOf(cptsIds) {
      if (cptsIds.length === 0) return [];
      return db
        .select({
          id: assemblies.id,
          cptsId: assemblies.cptsId,
          kind: assemblies.kind,
          title: assemblies.title,
          scheduledAt: assemblies.scheduledAt,
          location: assemblies.location,
          status: assemblies.status,
        })
        .from(assemblies)
        .where(inArray(assemblies.cptsId, [...cptsIds]))
        .orderBy(asc(assemblies.scheduledAt));
    },
    async voterLists(assemblyIds, memberIds) {
      if (assemblyIds.length === 0) return { entries: [], frozen: [] };
      const entries =
        memberIds.length === 0
          ? []
          : await db
              .select({ assemblyId: assemblyVoters.assemblyId, memberId: assemblyVoters.memberId, attendance: assemblyVoters.attendance })
              .from(assemblyVoters)
              .where(and(inArray(assemblyVoters.assemblyId, [...assemblyIds]), inArray(assemblyVoters.memberId, [...memberIds])));
      const frozen = await db
        .selectDistinct({ assemblyId: assemblyVoters.assemblyId })
        .from(assemblyVoters)
        .where(inArray(assemblyVoters.assemblyId, [...assemblyIds]));
      return { entries, frozen: frozen.map((row) => row.assemblyId) };
    },
  };
}
