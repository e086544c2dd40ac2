import type { RotaDto, ShiftInput } from '@maillon/contracts';
import {
  canCoordinate,
  invalid,
  notFound,
  type RotaShiftRecord,
  rotaGaps,
  SNP_HOURS_LABEL,
  snpIntervals,
  zonedInstant,
} from '@maillon/domain';
import type { SlotsContext } from './slots-ports.ts';

const addDays = (date: string, days: number) => new Date(Date.parse(`${date}T12:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);

/** The Monday of the week holding `day`. */
function mondayOf(day: string): string {
  const weekday = ((new Date(`${day}T12:00:00Z`).getUTCDay() + 6) % 7) + 1;
  return addDays(day, 1 - weekday);
}

/** The CPTS's rota is its coordination team's (the ARS and CPAM are answered 404 like anyone else). */
async function coordinated(ctx: SlotsContext, cptsId: string) {
  const cpts = await ctx.ports.cpts.get(cptsId);
  if (!cpts || !canCoordinate(ctx.principal, cptsId)) throw notFound('CPTS introuvable.');
  return cpts;
}

const shiftDto = (s: RotaShiftRecord) => ({
  id: s.id,
  idNatPs: s.idNatPs,
  displayName: s.displayName,
  startAt: s.startAt.toISOString(),
  endAt: s.endAt.toISOString(),
  isDemo: s.isDemo,
});

/**
 * One week of the rota (docs/reference/slots.md §5): the SNP hours of each day, the shifts of
 * on-duty GPs, and the hours no shift covers.
 */
export async function weekRota(ctx: SlotsContext, cptsId: string, week: string | undefined): Promise<RotaDto> {
  await coordinated(ctx, cptsId);
  const monday = mondayOf(week ?? ctx.today);
  const periods = snpIntervals(monday, addDays(monday, 6));
  const from = zonedInstant(monday, 0, 0);
  const to = zonedInstant(addDays(monday, 7), 0, 0);
  const shifts = await ctx.ports.slots.shifts(cptsId, from, to);
  const iso = (i: { startAt: Date; endAt: Date }) => ({ startAt: i.startAt.toISOString(), endAt: i.endAt.toISOString() });
  const candidates = await ctx.ports.slots.territoryGps(cptsId);
  // The rota names professionals of the directory: its reads are recorded (docs/reference/personal-data.md).
  await ctx.ports.audit.record({
    action: 'read',
    entity: 'professional',
    recordIds: [...new Set(shifts.map((s) => s.idNatPs))],
    cptsId,
    details: { candidates: candidates.length },
  });
  return {
    week: monday,
    snpHours: SNP_HOURS_LABEL,
    periods: periods.map(iso),
    shifts: shifts.map(shiftDto),
    gaps: rotaGaps(periods, shifts).map(iso),
    candidates,
  };
}

/** Adds a shift for a GP practising in the territory; times are Europe/Paris wall clock. */
export async function addShift(ctx: SlotsContext, cptsId: string, input: ShiftInput) {
  await coordinated(ctx, cptsId);
  const gp = (await ctx.ports.slots.territoryGps(cptsId)).find((g) => g.idNatPs === input.idNatPs);
  if (!gp) throw invalid('idNatPs', 'Ce médecin n’exerce pas dans le territoire de la CPTS.');
  const [sh, sm] = input.startTime.split(':').map(Number) as [number, number];
  const [eh, em] = input.endTime.split(':').map(Number) as [number, number];
  const startAt = zonedInstant(input.date, sh, sm);
  const endAt = zonedInstant(input.date, eh, em);
  if (endAt <= startAt) throw invalid('endTime', 'L’heure de fin doit suivre l’heure de début.');
  if (input.date < addDays(ctx.today, -366) || input.date > addDays(ctx.today, 366))
    throw invalid('date', 'La garde doit tomber dans l’année qui précède ou qui suit.');
  const record: RotaShiftRecord = {
    id: crypto.randomUUID(),
    cptsId,
    idNatPs: gp.idNatPs,
    displayName: gp.displayName,
    startAt,
    endAt,
    createdBy: ctx.principal.userId,
    createdAt: ctx.now,
    isDemo: false,
  };
  await ctx.transaction(async (ports) => {
    await ports.slots.insertShift(record);
    await ports.audit.record({
      action: 'create',
      entity: 'professional',
      recordIds: [gp.idNatPs],
      cptsId,
      details: { rotaShift: record.id },
    });
  });
  return shiftDto(record);
}

export async function removeShift(ctx: SlotsContext, cptsId: string, shiftId: string): Promise<void> {
  await coordinated(ctx, cptsId);
  const shift = await ctx.ports.slots.shift(shiftId);
  if (!shift || shift.cptsId !== cptsId) throw notFound('Garde introuvable.');
  await ctx.transaction(async (ports) => {
    await ports.slots.deleteShift(shiftId);
    await ports.audit.record({
      action: 'delete',
      entity: 'professional',
      recordIds: [shift.idNatPs],
      cptsId,
      details: { rotaShift: shiftId },
    });
  });
}
