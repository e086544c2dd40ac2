import type { InvitationRecord, InvitationsRepository } from '@maillon/domain';
import { type InvitationChannel, type InvitationStatus, inviteeKey } from '@maillon/domain';
import { and, desc, eq, inArray, sql } from 'drizzle-orm';
import type { Db } from '../client.ts';
import { epcis, establishments, invitations, professionals, units } from '../schema/index.ts';

const toRecord = (row: typeof invitations.$inferSelect): InvitationRecord => ({
  id: row.id,
  cptsId: row.cptsId,
  inviteeKey: row.idNatPs,
  sentOn: row.sentOn,
  channel: row.channel as InvitationChannel,
  status: row.status as InvitationStatus,
  answeredOn: row.answeredOn,
});

/**
 * Newest first. Invitations carry a day, not a time: on the same day, a pending one is the newer,
 * since a new invitation is only recorded once the previous one was answered.
 */
const NEWEST_FIRST = [desc(invitations.sentOn), desc(sql`${invitations.status} = 'sent'`), desc(invitations.id)];

const prefix = (kind: 'establishment' | 'commune' | 'epci') => inviteeKey({ kind, id: '' });

export function createInvitationsRepository(db: Db): InvitationsRepository {
  return {
    async list(cptsId) {
      const rows = await db
        .select({
          invitation: invitations,
          professional: sql<string | null>`${professionals.firstName} || ' ' || ${professionals.lastName}`,
          professionLabel: professionals.professionLabel,
          establishment: establishments.name,
          commune: units.name,
          epci: epcis.name,
        })
        .from(invitations)
        .leftJoin(professionals, eq(professionals.idNatPs, invitations.idNatPs))
        .leftJoin(establishments, eq(sql`${prefix('establishment')} || ${establishments.finessSite}`, invitations.idNatPs))
        .leftJoin(units, eq(sql`${prefix('commune')} || ${units.code}`, invitations.idNatPs))
        .leftJoin(epcis, eq(sql`${prefix('epci')} || ${epcis.code}`, invitations.idNatPs))
        .where(eq(invitations.cptsId, cptsId))
        .orderBy(...NEWEST_FIRST);
      return rows.map((r) => ({
        ...toRecord(r.invitation),
        name: r.professional ?? r.establishment ?? r.commune ?? r.epci ?? null,
        professionLabel: r.professionLabel,
      }));
    },
    async statuses(cptsId) {
      const rows = await db.select({ status: invitations.status }).from(invitations).where(eq(invitations.cptsId, cptsId));
      return rows.map((r) => ({ status: r.status as InvitationStatus }));
    },
    async create(rows) {
      for (let i = 0; i < rows.length; i += 1000) {
        await db.insert(invitations).values(
          rows.slice(i, i + 1000).map((r) => ({
            id: r.id,
            cptsId: r.cptsId,
            idNatPs: r.inviteeKey,
            sentOn: r.sentOn,
            channel: r.channel,
            status: r.status,
            answeredOn: r.answeredOn,
          })),
        );
      }
    },
    async get(cptsId, id, options) {
      const query = db
        .select()
        .from(invitations)
        .where(and(eq(invitations.cptsId, cptsId), eq(invitations.id, id)));
      const rows = options?.forUpdate ? await query.for('update') : await query;
      return rows[0] ? toRecord(rows[0]) : null;
    },
    async answer(id, change) {
      await db.update(invitations).set(change).where(eq(invitations.id, id));
    },
    async pendingKeys(cptsId, keys) {
      const found = new Set<string>();
      for (let i = 0; i < keys.length; i += 5000) {
        const rows = await db
          .selectDistinct({ key: invitations.idNatPs })
          .from(invitations)
          .where(
            and(eq(invitations.cptsId, cptsId), eq(invitations.status, 'sent'), inArray(invitations.idNatPs, keys.slice(i, i + 5000))),
          );
        for (const r of rows) found.add(r.key);
      }
      return found;
    },
    async latestFor(cptsId, keys) {
      const latest = new Map<string, InvitationRecord>();
      for (let i = 0; i < keys.length; i += 5000) {
        const rows = await db
          .selectDistinctOn([invitations.idNatPs])
          .from(invitations)
          .where(and(eq(invitations.cptsId, cptsId), inArray(invitations.idNatPs, keys.slice(i, i + 5000))))
          .orderBy(invitations.idNatPs, ...NEWEST_FIRST);
        for (const r of rows) latest.set(r.idNatPs, toRecord(r));
      }
      return latest;
    },
  };
}
