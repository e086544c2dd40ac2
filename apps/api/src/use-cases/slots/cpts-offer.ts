import type { OfferDto } from '@maillon/contracts';
import { canReadCpts, notFound, startOfDayIn } from '@maillon/domain';
import type { SlotsContext } from './slots-ports.ts';

const addDays = (date: string, days: number) => new Date(Date.parse(`${date}T12:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);

/**
 * The CPTS's slot offer as counts per day, channel and type (docs/reference/slots.md §1): its
 * coordination team, and the ARS and CPAM that read the CPTS — counts only, no professional
 * and no patient. A slot open to two channels counts once on each in `byChannel`.
 */
export async function cptsOffer(ctx: SlotsContext, cptsId: string, query: { from?: string | undefined; days: number }): Promise<OfferDto> {
  const cpts = await ctx.ports.cpts.get(cptsId);
  if (!cpts || !canReadCpts(ctx.principal, cpts)) throw notFound('CPTS introuvable.');
  const fromDay = query.from ?? ctx.today;
  const from = startOfDayIn(fromDay);
  const to = startOfDayIn(addDays(fromDay, query.days));
  const counts = await ctx.ports.slots.offerCounts(cptsId, from, to);
  const days = new Map<string, OfferDto['days'][number]>();
  for (let i = 0; i < query.days; i += 1) {
    const day = addDays(fromDay, i);
    days.set(day, { day, total: 0, free: 0, booked: 0, byChannel: {}, byType: {} });
  }
  for (const row of counts.slots) {
    const entry = days.get(row.day);
    if (!entry) continue;
    entry.total += row.count;
    entry.byType[row.consultationType] = (entry.byType[row.consultationType] ?? 0) + row.count;
    if (row.status === 'free' || row.status === 'held') entry.free += row.count;
    if (row.status === 'booked') entry.booked += row.count;
  }
  for (const row of counts.channels) {
    const entry = days.get(row.day);
    if (entry) entry.byChannel[row.channel] = (entry.byChannel[row.channel] ?? 0) + row.count;
  }
  return { from: from.toISOString(), to: to.toISOString(), days: [...days.values()] };
}
