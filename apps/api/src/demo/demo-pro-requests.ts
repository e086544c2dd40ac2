import { createIdentityRepository, type Db, schema } from '@maillon/db';
import type { Principal } from '@maillon/domain';
import { and, asc, eq, inArray } from 'drizzle-orm';
import { systemAuditRecorder } from '../composition/audit-recorder.ts';
import { buildUseCaseContext } from '../composition/use-case-context.ts';
import { todayIn } from '../context.ts';
import { hashPassword } from '../use-cases/auth/passwords.ts';
import { acceptProRequest, cancelProRequest, declineProRequest, postProRequest } from '../use-cases/pro-requests/pro-request-commands.ts';
import { sweepProRequests } from '../use-cases/pro-requests/pro-request-sweep.ts';
import { labelledDemo } from './demo-label.ts';
import { DEMO_GP_ACCOUNTS } from './demo-matching.ts';

/** Demo nurse accounts (nurses of the demo directory, members of the coordinator's CPTS): requests between professionals. */
export const DEMO_NURSE_ACCOUNTS = ['infirmiere@demo.maillon.fr', 'infirmiere2@demo.maillon.fr'] as const;

const HOUR = 3_600_000;

interface DemoPro {
  idNatPs: string;
  unitCode: string;
  firstName: string;
  lastName: string;
  professionLabel: string | null;
}

/** Two nurses practising in the same commune of the territory when there are such, so both receive the same requests. */
async function demoNurses(db: Db, territory: string[]): Promise<DemoPro[]> {
  const rows = await db
    .selectDistinct({
      idNatPs: schema.professionalActivities.idNatPs,
      unitCode: schema.professionalActivities.unitCode,
      firstName: schema.professionals.firstName,
      lastName: schema.professionals.lastName,
      professionLabel: schema.professionals.professionLabel,
    })
    .from(schema.professionalActivities)
    .innerJoin(schema.professionals, eq(schema.professionals.idNatPs, schema.professionalActivities.idNatPs))
    .where(and(eq(schema.professionalActivities.professionCode, '60'), inArray(schema.professionalActivities.unitCode, territory)))
    .orderBy(asc(schema.professionalActivities.unitCode), asc(schema.professionalActivities.idNatPs));
  const byUnit = new Map<string, Map<string, DemoPro>>();
  for (const r of rows) {
    if (r.unitCode === null) continue;
    const list = byUnit.get(r.unitCode) ?? new Map<string, DemoPro>();
    list.set(r.idNatPs, { ...r, unitCode: r.unitCode });
    byUnit.set(r.unitCode, list);
  }
  const pair = [...byUnit.values()].find((list) => list.size >= 2) ?? new Map([...byUnit.values()].flatMap((l) => [...l]));
  return [...pair.values()].slice(0, 2);
}

/** An active membership of the CPTS (only members post and receive requests, docs/reference/pro-requests.md §1). */
async function ensureMember(db: Db, cptsId: string, pro: DemoPro, now: Date, today: string) {
  const existing = await db
    .select()
    .from(schema.members)
    .where(and(eq(schema.members.cptsId, cptsId), eq(schema.members.idNatPs, pro.idNatPs)));
  if (existing.some((m) => m.status === 'active')) return;
  if (existing[0]) {
    await db.update(schema.members).set({ status: 'active', joinedOn: today, leftOn: null }).where(eq(schema.members.id, existing[0].id));
    return;
  }
  await db.insert(schema.members).values({
    id: crypto.randomUUID(),
    cptsId,
    kind: 'professional',
    idNatPs: pro.idNatPs,
    displayName: `${pro.firstName} ${pro.lastName}`,
    professionLabel: pro.professionLabel,
    status: 'active',
    requestedAt: now,
    joinedOn: today,
    unitCode: pro.unitCode,
    isDemo: true,
  });
}

/**
 * Requests between professionals in the coordinator's CPTS (issue #10 item 5): two demo nurse
 * accounts, members of the CPTS with the first demo GP, and a few requests of that GP in
 * several states (open, taken by the first nurse, declined then escalated, expired,
 * cancelled), posted through the use cases so their timelines are the real ones; all labelled
 * demo. Idempotent: accounts are created when missing, requests only while the CPTS has no demo one.
 */
export async function ensureDemoProRequests(db: Db, options: { coordinatorEmail: string; password: string; now: Date }) {
  const users = createIdentityRepository(db);
  const coordinator = await users.findUserByEmail(options.coordinatorEmail);
  const grant = coordinator ? (await users.grantsOf(coordinator.id)).find((g) => g.role === 'coordinator') : undefined;
  const gpUser = await users.findUserByEmail(DEMO_GP_ACCOUNTS[0]);
  if (!coordinator || grant?.role !== 'coordinator' || !gpUser?.idNatPs) return;
  const cptsId = grant.cptsId;
  const territory = (await db.select().from(schema.cptsUnits).where(eq(schema.cptsUnits.cptsId, cptsId))).map((u) => u.unitCode);
  const nurses = await demoNurses(db, territory);
  if (nurses.length < DEMO_NURSE_ACCOUNTS.length) return;
  const today = todayIn(() => options.now);
  const [gp] = await db
    .select({
      idNatPs: schema.professionals.idNatPs,
      firstName: schema.professionals.firstName,
      lastName: schema.professionals.lastName,
      professionLabel: schema.professionals.professionLabel,
    })
    .from(schema.professionals)
    .where(eq(schema.professionals.idNatPs, gpUser.idNatPs));
  if (!gp) return;
  await ensureMember(db, cptsId, { ...gp, unitCode: nurses[0]?.unitCode as string }, options.now, today);
  const passwordHash = await hashPassword(options.password);
  const principals: Principal[] = [];
  for (const [k, nurse] of nurses.entries()) {
    await ensureMember(db, cptsId, nurse, options.now, today);
    const email = DEMO_NURSE_ACCOUNTS[k] as string;
    let user = await users.findUserByEmail(email);
    if (!user) {
      const id = crypto.randomUUID();
      const displayName = labelledDemo(`${nurse.firstName} ${nurse.lastName}`);
      await users.createUser({ id, email, displayName, passwordHash, isDemo: true, idNatPs: nurse.idNatPs, createdAt: options.now }, []);
      user = await users.findUserById(id);
    }
    if (user) principals.push({ userId: user.id, email: user.email, displayName: user.displayName, grants: [] });
  }
  const existing = await db
    .select({ id: schema.proRequests.id })
    .from(schema.proRequests)
    .where(and(eq(schema.proRequests.cptsId, cptsId), eq(schema.proRequests.isDemo, true)))
    .limit(1);
  if (existing.length > 0 || principals.length < 2) return;
  const [nurse1, nurse2] = principals as [Principal, Principal];
  const audit = systemAuditRecorder('données de démonstration', 'demo seed', () => options.now);
  const as = (principal: Principal, hoursAgo = 0) => {
    const now = new Date(options.now.getTime() - hoursAgo * HOUR);
    return buildUseCaseContext({ db, audit, principal, now, today: todayIn(() => now) });
  };
  const asGp = (hoursAgo = 0) => as({ userId: gpUser.id, email: gpUser.email, displayName: gpUser.displayName, grants: [] }, hoursAgo);
  const unitCode = nurses[0]?.unitCode as string;
  const post = (
    hoursAgo: number,
    urgency: 'h24' | 'h48' | 'd7',
    act: string,
    patient: { initials: string; ageBand: '60-74' | '75-84' | '85+'; need: string },
  ) => {
    const ctx = asGp(hoursAgo);
    return postProRequest(ctx, {
      cptsId,
      professionCode: '60',
      specialtyCode: null,
      act,
      unitCode,
      wantedOn: ctx.today,
      windowStart: '08:00',
      windowEnd: '12:00',
      urgency,
      patient: { ...patient, sex: 'F' },
      usualIdNatPs: null,
    });
  };
  const ids: string[] = [];
  const open = await post(1, 'd7', 'Prise de sang à domicile (démo)', {
    initials: 'A.B.',
    ageBand: '75-84',
    need: 'Bilan sanguin de contrôle',
  });
  const taken = await post(3, 'h48', 'Pansement à domicile (démo)', {
    initials: 'C.D.',
    ageBand: '85+',
    need: 'Pansement d’ulcère de jambe',
  });
  await acceptProRequest(as(nurse1, 2), taken.id);
  const escalated = await post(40, 'h48', 'Injection à domicile (démo)', {
    initials: 'E.F.',
    ageBand: '60-74',
    need: 'Injection sous-cutanée quotidienne',
  });
  await declineProRequest(as(nurse2, 39), escalated.id, 'Tournée complète ce jour-là');
  const expired = await post(50, 'h24', 'Surveillance de glycémie (démo)', {
    initials: 'G.H.',
    ageBand: '60-74',
    need: 'Contrôle de glycémie après sortie',
  });
  const cancelled = await post(5, 'd7', 'Soins de sonde urinaire (démo)', {
    initials: 'I.J.',
    ageBand: '85+',
    need: 'Changement de sonde',
  });
  await cancelProRequest(asGp(4), cancelled.id);
  ids.push(open.id, taken.id, escalated.id, expired.id, cancelled.id);
  // The sweep at the demo's "now" escalates the request posted 40 h ago and expires the one of 50 h ago, as the real sweep would.
  const system = asGp();
  await sweepProRequests({ ports: system.ports, transaction: system.transaction, now: options.now });
  await db.update(schema.proRequests).set({ isDemo: true }).where(inArray(schema.proRequests.id, ids));
}
