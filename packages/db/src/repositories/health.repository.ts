import type { HealthRepository } from '@maillon/domain';
import type { Db } from '../client.ts';

export function createHealthRepository(db: Db): HealthRepository {
  return {
    async ping() {
      await db.execute('select 1');
    },
  };
}
