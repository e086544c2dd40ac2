import type { MySlotsDto, QuotasDto } from '@maillon/contracts';
import {
  type ChannelQuotas,
  type ConsultationType,
  checkVisibility,
  invalid,
  notFound,
  SLOT_CHANNELS,
  type SlotChannel,
  type SlotRecord,
  SNP_HOURS_LABEL,
  startOfDayIn,
} from '@maillon/domain';
import { type CurrentProfessional, currentProfessional } from './current-professional.ts';
import { seriesDto, slotDto, weeklyUseOf } from './slot-dto.ts';
import type { SlotsContext, SlotsPorts } from './slots-ports.ts';

const DAY_MS = 86_400_000;
const addDays = (date: string, days: number) => new Date(Date.parse(`${date}T12:00:00Z`) + days * DAY_MS).toISOString().slice(0, 10);

const quotasDto = (quotas: ChannelQuotas): QuotasDto => Object.fromEntries(SLOT_CHANNELS.map((c) => [c, quotas[c] ?? null])) as QuotasDto;

/** The professional's slots of [from, from + days), with series, CPTS and quotas. */
export async function mySlots(ctx: SlotsContext, query: { from?: string | undefined; days: number }): Promise<MySlotsDto> {
  const professional = await currentProfessional(ctx.ports, ctx.principal);
  const fromDay = query.from ?? ctx.today;
  const from = startOfDayIn(fromDay);
  const to = startOfDayIn(addDays(fromDay, query.days));
  const records = await ctx.ports.slots.slotsOf(professional.idNatPs, from, to);
  const use = weeklyUseOf(
    await ctx.ports.slots.bookedChannels(professional.idNatPs, new Date(from.getTime() - 7 * DAY_MS), new Date(to.getTime() + 7 * DAY_MS)),
  );
  const cpts = await Promise.all(
    professional.cpts.map(async (c) => ({ ...c, quotas: quotasDto(await ctx.ports.slots.quotas(c.id, professional.idNatPs)) })),
  );
  const quotasOf = new Map(cpts.map((c) => [c.id, c.quotas]));
  const series = await ctx.ports.slots.seriesOf(professional.idNatPs);
  // Their own directory entry: recorded as a read, as for the GP's capacity page.
  await ctx.ports.audit.record({ action: 'read', entity: 'professional', recordIds: [professional.idNatPs], cptsId: null });
  return {
    professional: {
      idNatPs: professional.idNatPs,
      displayName: professional.displayName,
      professionLabel: professional.professionLabel,
      practices: professional.practices.map((p) => ({ unitCode: p.unitCode, townLabel: p.townLabel, address: p.address })),
    },
    cpts,
    from: from.toISOString(),
    to: to.toISOString(),
    snpHours: SNP_HOURS_LABEL,
    slots: records.filter((s) => s.status !== 'withdrawn').map((s) => slotDto(s, ctx.now, toQuotas(quotasOf.get(s.cptsId)), use)),
    series: series.filter((s) => s.endedAt === null || s.endedAt > ctx.now).map(seriesDto),
  };
}

function toQuotas(dto: QuotasDto | undefined): ChannelQuotas {
  if (!dto) return {};
  return Object.fromEntries(Object.entries(dto).filter(([, v]) => v !== null)) as ChannelQuotas;
}

async function ownSlot(
  ports: Pick<SlotsPorts, 'slots'>,
  professional: CurrentProfessional,
  id: string,
  forUpdate = false,
): Promise<SlotRecord> {
  const slot = await ports.slots.slot(id, { forUpdate });
  // Another professional's slot is not disclosed: 404 as for one that does not exist.
  if (!slot || slot.idNatPs !== professional.idNatPs) throw notFound('Créneau introuvable.');
  return slot;
}

/** Changes the channels and type of one of the professional's free slots. */
export async function editSlot(ctx: SlotsContext, id: string, input: { visibility: SlotChannel[]; consultationType: ConsultationType }) {
  const professional = await currentProfessional(ctx.ports, ctx.principal);
  checkVisibility(input.visibility);
  return ctx.transaction(async (ports) => {
    const slot = await ownSlot(ports, professional, id, true);
    const changed = await ports.slots.updateFreeSlot(id, {
      visibility: [...input.visibility],
      consultationType: input.consultationType,
      updatedAt: ctx.now,
    });
    if (!changed) throw invalid('status', 'Seul un créneau libre peut être modifié.');
    return slotDto({ ...slot, visibility: [...input.visibility], consultationType: input.consultationType }, ctx.now);
  });
}

/**
 * Withdraws free slots. A booked (or held) slot is never withdrawn silently: it is returned in
 * `needingCancellation`, for the professional to cancel the appointment with the patient first
 * (docs/reference/slots.md §1).
 */
async function withdrawSome(ctx: SlotsContext, ports: SlotsPorts, candidates: readonly SlotRecord[]) {
  const future = candidates.filter((s) => s.status !== 'withdrawn' && s.endAt > ctx.now);
  const withdrawn = new Set(
    await ports.slots.withdrawFree(
      future.map((s) => s.id),
      ctx.now,
    ),
  );
  return {
    withdrawn: withdrawn.size,
    needingCancellation: future.filter((s) => !withdrawn.has(s.id)).map((s) => slotDto(s, ctx.now)),
  };
}

export async function withdrawSlots(ctx: SlotsContext, ids: readonly string[]) {
  const professional = await currentProfessional(ctx.ports, ctx.principal);
  return ctx.transaction(async (ports) => {
    const slots = [];
    for (const id of new Set(ids)) slots.push(await ownSlot(ports, professional, id, true));
    return withdrawSome(ctx, ports, slots);
  });
}

/** Ends a series from a day (Europe/Paris) and withdraws its free slots from then on. */
export async function withdrawSeries(ctx: SlotsContext, id: string, fromDay: string) {
  const professional = await currentProfessional(ctx.ports, ctx.principal);
  if (fromDay < ctx.today) throw invalid('from', 'La date ne peut pas être dans le passé.');
  return ctx.transaction(async (ports) => {
    const series = await ports.slots.series(id);
    if (!series || series.idNatPs !== professional.idNatPs) throw notFound('Série introuvable.');
    const from = new Date(Math.max(startOfDayIn(fromDay).getTime(), ctx.now.getTime()));
    await ports.slots.endSeries(id, from);
    return withdrawSome(ctx, ports, await ports.slots.seriesSlotsFrom(id, from));
  });
}

/** Sets the professional's weekly quotas per channel for one of their CPTS (null: no limit). */
export async function setQuotas(ctx: SlotsContext, cptsId: string, quotas: QuotasDto): Promise<QuotasDto> {
  const professional = await currentProfessional(ctx.ports, ctx.principal);
  if (!professional.cpts.some((c) => c.id === cptsId)) throw notFound('CPTS introuvable.');
  const kept = toQuotas(quotas);
  await ctx.ports.slots.setQuotas(cptsId, professional.idNatPs, kept);
  return quotasDto(kept);
}
