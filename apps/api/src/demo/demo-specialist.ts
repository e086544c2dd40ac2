import { createIdentityRepository, createSlotsRepository, type Db } from '@maillon/db';
import { zonedInstant } from '@maillon/domain';
import { hashPassword } from '../use-cases/auth/passwords.ts';
import { labelledDemo } from './demo-label.ts';
import { DEMO_GP_ACCOUNTS } from './demo-matching.ts';
import { addDays, type Owner, slot, weekdayOf } from './demo-slots.ts';
import { demoSpecialists } from './demo-specialist-requests.ts';

/** The demo specialist's account: a specialist of the demo directory, member of the coordinator's CPTS. */
export const DEMO_SPECIALIST_ACCOUNT = 'specialiste@demo.maillon.fr';

/**
 * The specialist side of specialist access (issue #10 item 6, docs/reference/specialist-access.md
 * §2): an account for the first specialist the demo coordinator's CPTS has (the specialty of the
 * demo's open requests, demo-specialist-requests.ts), with dedicated slots (free, open to `PRO`)
 * on Monday, Wednesday and Friday afternoons of the next 14 days, so the demo specialist can
 * answer an opinion or book a consultation. Everything `is_demo`. The account is created when
 * missing; slots again only when none of theirs lies ahead (a demo started weeks later gets
 * fresh ones).
 */
export async function ensureDemoSpecialist(db: Db, options: { coordinatorEmail: string; password: string; now: Date; today: string }) {
  const users = createIdentityRepository(db);
  const slots = createSlotsRepository(db);
  const coordinator = await users.findUserByEmail(options.coordinatorEmail);
  const grant = coordinator ? (await users.grantsOf(coordinator.id)).find((g) => g.role === 'coordinator') : undefined;
  const gp = await users.findUserByEmail(DEMO_GP_ACCOUNTS[0]);
  if (grant?.role !== 'coordinator' || !gp?.idNatPs) return;
  const [specialist] = await demoSpecialists(db, grant.cptsId, gp.idNatPs);
  const professional = specialist ? await slots.professional(specialist.idNatPs) : null;
  const practice = professional?.practices.find((p) => p.specialtyCode === specialist?.specialtyCode);
  if (!specialist || !professional || !practice) return;
  if (!(await users.findUserByEmail(DEMO_SPECIALIST_ACCOUNT))) {
    await users.createUser(
      {
        id: crypto.randomUUID(),
        email: DEMO_SPECIALIST_ACCOUNT,
        displayName: labelledDemo(specialist.displayName),
        passwordHash: await hashPassword(options.password),
        isDemo: true,
        idNatPs: specialist.idNatPs,
        createdAt: options.now,
      },
      [],
    );
  }
  const horizon = new Date(options.now.getTime() + 14 * 86_400_000);
  if ((await slots.slotsOf(specialist.idNatPs, options.now, horizon)).some((s) => s.isDemo)) return;
  const owner: Owner = {
    cptsId: grant.cptsId,
    idNatPs: professional.idNatPs,
    displayName: professional.displayName,
    professionCode: professional.professionCode,
    practice,
  };
  const dedicated = [];
  for (let d = 1; d <= 14; d += 1) {
    const day = addDays(options.today, d);
    if (![1, 3, 5].includes(weekdayOf(day))) continue;
    for (const hour of [14, 15, 16]) dedicated.push(slot(owner, zonedInstant(day, hour, 0), 30, ['PRO'], options.now));
  }
  await slots.insertSlots(dedicated);
}
