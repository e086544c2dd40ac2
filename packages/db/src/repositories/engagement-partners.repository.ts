import type { PartnersRepository } from '@maillon/domain';
import { and, asc, eq, inArray } from 'drizzle-orm';
import type { Db } from '../client.ts';
import { epcis, establishments } from '../schema/index.ts';

export function createPartnersRepository(db: Db): PartnersRepository {
  return {
    async establishments(unitCodes) {
      if (unitCodes.length === 0) return [];
      const rows = await db
        .select({
          finessSite: establishments.finessSite,
          name: establishments.name,
          kind: establishments.kind,
          categoryLabel: establishments.categoryLabel,
          address: establishments.address,
          postalCode: establishments.postalCode,
          unitCode: establishments.unitCode,
        })
        .from(establishments)
        .where(and(eq(establishments.present, true), inArray(establishments.unitCode, [...unitCodes])))
        .orderBy(asc(establishments.kind), asc(establishments.name), asc(establishments.finessSite));
      return rows.flatMap((r) => (r.unitCode ? [{ ...r, unitCode: r.unitCode }] : []));
    },
    async epciNames(codes) {
      if (codes.length === 0) return new Map();
      const rows = await db
        .select({ code: epcis.code, name: epcis.name })
        .from(epcis)
        .where(inArray(epcis.code, [...codes]));
      return new Map(rows.map((r) => [r.code, r.name]));
    },
  };
}
