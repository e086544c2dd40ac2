import { createHash, randomBytes } from 'node:crypto';
import type { FileDownload } from '@maillon/contracts';
import { CONSULTATION_TYPE_LABELS, notFound, serializeCalendar, slotSummary } from '@maillon/domain';
import type { PublicContext } from '../use-case-context.ts';
import { currentProfessional } from './current-professional.ts';
import type { SlotsContext, SlotsPorts } from './slots-ports.ts';

/** Only the token's SHA-256 is stored: a copy of the database does not open anyone's feed. */
const hashOf = (token: string) => createHash('sha256').update(token).digest('hex');

/** The feed covers a week back and the publication horizon ahead. */
const PAST_DAYS = 7;
const AHEAD_DAYS = 84;

export async function feedStatus(ctx: SlotsContext) {
  await currentProfessional(ctx.ports, ctx.principal);
  const feed = await ctx.ports.slots.activeFeed(ctx.principal.userId);
  return { active: feed !== null, createdAt: feed?.createdAt.toISOString() ?? null, lastReadAt: feed?.lastReadAt?.toISOString() ?? null };
}

/**
 * A new secret feed address (32 random bytes, base64url), shown once; any previous address is
 * revoked in the same transaction (docs/reference/slots.md §1).
 */
export async function createFeed(ctx: SlotsContext): Promise<{ path: string }> {
  const professional = await currentProfessional(ctx.ports, ctx.principal);
  const token = randomBytes(32).toString('base64url');
  await ctx.transaction(async (ports) => {
    await ports.slots.revokeFeeds(ctx.principal.userId, ctx.now);
    await ports.slots.insertFeed({
      id: crypto.randomUUID(),
      userId: ctx.principal.userId,
      idNatPs: professional.idNatPs,
      tokenHash: hashOf(token),
      createdAt: ctx.now,
      revokedAt: null,
      lastReadAt: null,
    });
  });
  return { path: `/api/calendar/${token}.ics` };
}

/** Revocation is immediate: the next read of the address answers 404. */
export async function revokeFeed(ctx: SlotsContext): Promise<void> {
  // Like every other feed action: for professionals only (403 for anyone else).
  await currentProfessional(ctx.ports, ctx.principal);
  await ctx.ports.slots.revokeFeeds(ctx.principal.userId, ctx.now);
}

/**
 * The feed itself, read without an account by a calendar application. It lists the
 * professional's slots with their state and channels, never who booked them.
 */
export async function calendarFile(ctx: PublicContext<Pick<SlotsPorts, 'slots'>>, file: string): Promise<FileDownload> {
  const feed = await ctx.ports.slots.feedByTokenHash(hashOf(file.replace(/\.ics$/, '')));
  if (!feed || feed.revokedAt !== null) throw notFound('Calendrier introuvable ou révoqué.');
  const from = new Date(ctx.now.getTime() - PAST_DAYS * 86_400_000);
  const to = new Date(ctx.now.getTime() + AHEAD_DAYS * 86_400_000);
  const slots = (await ctx.ports.slots.slotsOf(feed.idNatPs, from, to)).filter((s) => s.status !== 'withdrawn');
  await ctx.ports.slots.touchFeed(feed.id, ctx.now);
  const body = serializeCalendar({
    name: 'Créneaux Maillon',
    stamp: ctx.now,
    events: slots.map((s) => ({
      uid: `${s.id}@maillon`,
      startAt: s.startAt,
      endAt: s.endAt,
      summary: slotSummary(s),
      description: CONSULTATION_TYPE_LABELS[s.consultationType],
      location: s.address,
    })),
  });
  return { name: 'creneaux.ics', type: 'text/calendar; charset=utf-8', body };
}
