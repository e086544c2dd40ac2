import type { RegionSlotUseDto, SlotUseDto } from '@maillon/contracts';
import {
  canCoordinate,
  canReadRegion,
  cpamDepartements,
  DEFAULT_TIME_ZONE,
  forbidden,
  invalid,
  isAdmin,
  isoDateIn,
  notFound,
  type SlotChannel,
  slotUseBy,
  slotUseTotal,
  snpIndicators,
  startOfDayIn,
} from '@maillon/domain';
import { toCsv } from '../engagement/csv.ts';
import type { SlotBookingContext } from './slot-booking-ports.ts';

const DAY = 86_400_000;
const MAX_DAYS = 366;

/** The period read: the 30 days up to today by default, at most a year (`to` included). */
export function slotUsePeriod(
  query: { from?: string | undefined; to?: string | undefined },
  today: string,
): { from: string; to: string; start: Date; end: Date } {
  const to = query.to ?? today;
  const from = query.from ?? isoDateIn(new Date(Date.parse(`${to}T12:00:00Z`) - 29 * DAY), 'UTC');
  if (from > to) throw invalid('from', 'Le début de la période doit précéder sa fin.');
  const next = new Date(Date.parse(`${to}T00:00:00Z`) + DAY).toISOString().slice(0, 10);
  const start = startOfDayIn(from);
  const end = startOfDayIn(next);
  if (end.getTime() - start.getTime() > (MAX_DAYS + 1) * DAY) throw invalid('from', 'La période ne peut dépasser un an.');
  return { from, to, start, end };
}

async function teamRows(ctx: SlotBookingContext, cptsId: string, query: { from?: string | undefined; to?: string | undefined }) {
  const cpts = await ctx.ports.cpts.get(cptsId);
  if (!cpts) throw notFound('CPTS introuvable.');
  if (!canCoordinate(ctx.principal, cptsId)) throw forbidden('Réservé à l’équipe de coordination de la CPTS.');
  const period = slotUsePeriod(query, ctx.today);
  return { period, cpts, rows: await ctx.ports.slotBooking.slotUse([cptsId], period.start, period.end, DEFAULT_TIME_ZONE) };
}

/** Slot-use feedback of a CPTS (issue #10 item 3, docs/reference/slots.md §6): counts only, no patient. */
export async function cptsSlotUse(
  ctx: SlotBookingContext,
  cptsId: string,
  query: { from?: string | undefined; to?: string | undefined },
): Promise<SlotUseDto> {
  const { period, rows } = await teamRows(ctx, cptsId, query);
  const names = new Map(rows.map((r) => [r.idNatPs, r.displayName]));
  return {
    from: period.from,
    to: period.to,
    total: slotUseTotal(rows),
    byDay: slotUseBy(rows, (r) => r.day).map(({ key, counts }) => ({ day: key, ...counts })),
    byChannel: slotUseBy(rows, (r) => r.channel).map(({ key, counts }) => ({ channel: key as SlotChannel, ...counts })),
    byPractitioner: slotUseBy(rows, (r) => r.idNatPs).map(({ key, counts }) => ({
      idNatPs: key,
      practitionerName: names.get(key) ?? key,
      ...counts,
    })),
    rows: rows.map(({ cptsId: _c, displayName, ...r }) => ({ ...r, practitionerName: displayName })),
    indicators: snpIndicators(rows),
  };
}

/** The same as CSV (the project's French CSV writer). */
export async function cptsSlotUseCsv(
  ctx: SlotBookingContext,
  cptsId: string,
  query: { from?: string | undefined; to?: string | undefined },
) {
  const { period, rows } = await teamRows(ctx, cptsId, query);
  const body = toCsv(
    ['Jour', 'RPPS', 'Professionnel', 'Canal', 'Proposés', 'Réservés', 'Honorés', 'Absences', 'Annulés'],
    rows.map((r) => [r.day, r.idNatPs, r.displayName, r.channel, r.offered, r.booked, r.honoured, r.noshow, r.cancelled]),
  );
  return { name: `usage-creneaux-${period.from}-${period.to}.csv`, type: 'text/csv; charset=utf-8', body };
}

/** ARS and CPAM: counts per CPTS of the region (the CPAM: of its département), never per professional. */
export async function regionSlotUse(
  ctx: SlotBookingContext,
  regionCode: string,
  query: { from?: string | undefined; to?: string | undefined },
): Promise<RegionSlotUseDto> {
  if (!canReadRegion(ctx.principal, regionCode)) throw forbidden("Cette région n'est pas dans votre périmètre.");
  const period = slotUsePeriod(query, ctx.today);
  const steers = isAdmin(ctx.principal) || ctx.principal.grants.some((g) => g.role === 'ars' && g.regionCode === regionCode);
  const served = cpamDepartements(ctx.principal);
  const cpts = (await ctx.ports.cpts.list({ regionCode })).filter((c) => steers || c.departementCodes.some((d) => served.includes(d)));
  const rows = await ctx.ports.slotBooking.slotUse(
    cpts.map((c) => c.id),
    period.start,
    period.end,
    DEFAULT_TIME_ZONE,
  );
  const byCpts = slotUseBy(rows, (r) => r.cptsId);
  const names = new Map(cpts.map((c) => [c.id, c.name]));
  return {
    from: period.from,
    to: period.to,
    total: slotUseTotal(rows),
    byCpts: byCpts.map(({ key, counts }) => ({ cptsId: key, cptsName: names.get(key) ?? key, ...counts })),
  };
}
