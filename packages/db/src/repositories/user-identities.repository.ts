import type { UserIdentitiesRepository } from '@maillon/domain';
import { and, eq } from 'drizzle-orm';
import type { Db } from '../client.ts';
import { userIdentities, users } from '../schema/index.ts';

export function createUserIdentitiesRepository(db: Db): UserIdentitiesRepository {
  return {
    async findBySubject(provider, subject) {
      const rows = await db
        .select()
        .from(userIdentities)
        .where(and(eq(userIdentities.provider, provider), eq(userIdentities.subject, subject)));
      return rows[0] ?? null;
    },
    async findUserByIdNatPs(idNatPs) {
      const rows = await db.select().from(users).where(eq(users.idNatPs, idNatPs));
      return rows[0] ?? null;
    },
    async create(identity) {
      await db.insert(userIdentities).values(identity);
    },
    async remove(id) {
      await db.delete(userIdentities).where(eq(userIdentities.id, id));
    },
  };
}
