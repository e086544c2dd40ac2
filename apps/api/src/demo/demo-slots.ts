import { createIdentityRepository, createSlotsRepository, type Db } from '@maillon/db';
import {
  expandSeries,
  type ProfessionalPractice,
  type RotaShiftRecord,
  type SlotChannel,
  type SlotRecord,
  type SlotSeriesRecord,
  zonedInstant,
} from '@maillon/domain';
import { DEMO_GP_ACCOUNTS } from './demo-matching.ts';

export const addDays = (date: string, days: number) =>
  new Date(Date.parse(`${date}T12:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
export const weekdayOf = (date: string) => ((new Date(`${date}T12:00:00Z`).getUTCDay() + 6) % 7) + 1;

export interface Owner {
  cptsId: string;
  idNatPs: string;
  displayName: string;
  professionCode: string;
  practice: ProfessionalPractice;
}

export function slot(
  owner: Owner,
  start: Date,
  minutes: number,
  visibility: SlotChannel[],
  now: Date,
  seriesId: string | null = null,
): SlotRecord {
  return {
    id: crypto.randomUUID(),
    cptsId: owner.cptsId,
    seriesId,
    idNatPs: owner.idNatPs,
    displayName: owner.displayName,
    professionCode: owner.professionCode,
    specialtyCode: owner.practice.specialtyCode,
    unitCode: owner.practice.unitCode,
    departementCode: owner.practice.departementCode,
    address: owner.practice.address,
    startAt: start,
    endAt: new Date(start.getTime() + minutes * 60_000),
    consultationType: 'office',
    visibility,
    status: 'free',
    heldUntil: null,
    createdAt: now,
    updatedAt: now,
    isDemo: true,
  };
}

/**
 * Demo slots for the demo GPs over the next 14 days (issue #10 item 1): a recurring SNP series
 * (Tuesday and Thursday 18:00), public and professional morning slots, a Saturday SNP morning,
 * an evening slot outside SNP hours; and a rota for this week and the next with gaps left
 * visible (Wednesday afternoon, Saturday). Everything is `is_demo`. Seeded again only when no
 * demo slot lies ahead (a demo started weeks later gets fresh ones).
 */
export async function ensureDemoSlots(db: Db, options: { coordinatorEmail: string; now: Date; today: string }): Promise<void> {
  const users = createIdentityRepository(db);
  const repo = createSlotsRepository(db);
  const coordinator = await users.findUserByEmail(options.coordinatorEmail);
  const grant = coordinator ? (await users.grantsOf(coordinator.id)).find((g) => g.role === 'coordinator') : undefined;
  if (grant?.role !== 'coordinator') return;
  const cptsId = grant.cptsId;
  const owners: Owner[] = [];
  for (const email of DEMO_GP_ACCOUNTS) {
    const user = await users.findUserByEmail(email);
    const professional = user?.idNatPs ? await repo.professional(user.idNatPs) : null;
    if (!professional) continue;
    const serving = await repo.cptsServing(professional.practices.map((p) => p.unitCode));
    const cpts = serving.find((c) => c.id === cptsId);
    const practice = professional.practices.find((p) => cpts?.unitCodes.includes(p.unitCode));
    if (!practice) continue;
    owners.push({
      cptsId,
      idNatPs: professional.idNatPs,
      displayName: professional.displayName,
      professionCode: professional.professionCode,
      practice,
    });
  }
  const [first, second] = owners;
  if (!first) return;
  const horizon = new Date(options.now.getTime() + 14 * 86_400_000);
  const ahead = (await repo.slotsOf(first.idNatPs, options.now, horizon)).some((s) => s.isDemo);
  if (ahead) return;

  const tomorrow = addDays(options.today, 1);
  const seriesId = crypto.randomUUID();
  const series: SlotSeriesRecord = {
    id: seriesId,
    cptsId,
    idNatPs: first.idNatPs,
    displayName: first.displayName,
    professionCode: first.professionCode,
    specialtyCode: first.practice.specialtyCode,
    unitCode: first.practice.unitCode,
    address: first.practice.address,
    consultationType: 'office',
    visibility: ['SNP'],
    dtstart: zonedInstant(tomorrow, 18, 0),
    durationMinutes: 20,
    rrule: 'FREQ=WEEKLY;BYDAY=TU,TH;COUNT=4',
    tzid: 'Europe/Paris',
    createdBy: null,
    createdAt: options.now,
    endedAt: null,
    isDemo: true,
  };
  const slots: SlotRecord[] = expandSeries(series, series.dtstart, horizon).map((o) =>
    slot(first, o.startAt, 20, ['SNP'], options.now, seriesId),
  );
  for (let d = 1; d <= 14; d += 1) {
    const day = addDays(options.today, d);
    const weekday = weekdayOf(day);
    if (weekday === 1 || weekday === 3) {
      slots.push(slot(first, zonedInstant(day, 9, 0), 20, ['PUBLIC', 'PRO'], options.now));
      slots.push(slot(first, zonedInstant(day, 9, 30), 20, ['PUBLIC', 'PRO'], options.now));
    }
    if (weekday === 5) slots.push(slot(first, zonedInstant(day, 20, 30), 20, ['SNP', 'PRO'], options.now));
    if (second && weekday === 6) {
      slots.push(slot(second, zonedInstant(day, 10, 0), 15, ['SNP'], options.now));
      slots.push(slot(second, zonedInstant(day, 10, 30), 15, ['SNP', 'CPTS'], options.now));
    }
    if (second && weekday === 2)
      slots.push({ ...slot(second, zonedInstant(day, 14, 0), 30, ['SNP', 'PRO'], options.now), consultationType: 'home' });
  }
  await repo.insertSeries(series);
  await repo.insertSlots(slots);

  // The rota: mornings by the first GP, afternoons by the second, Wednesday afternoon and Saturday left open.
  const monday = addDays(options.today, 1 - weekdayOf(options.today));
  for (let d = 0; d < 12; d += 1) {
    const day = addDays(monday, d);
    const weekday = weekdayOf(day);
    if (weekday > 5) continue;
    const shift = (owner: Owner, from: number, to: number): RotaShiftRecord => ({
      id: crypto.randomUUID(),
      cptsId,
      idNatPs: owner.idNatPs,
      displayName: owner.displayName,
      startAt: zonedInstant(day, from, 0),
      endAt: zonedInstant(day, to, 0),
      createdBy: null,
      createdAt: options.now,
      isDemo: true,
    });
    await repo.insertShift(shift(first, 8, 14));
    if (weekday !== 3) await repo.insertShift(shift(second ?? first, 14, 20));
  }
}
