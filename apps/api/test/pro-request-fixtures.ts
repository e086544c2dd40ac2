import { schema } from '@maillon/db';
import { eq } from 'drizzle-orm';
import { as, type Session, TEST_NOW, type TestApp } from './harness.ts';

/**
 * A professional of the directory (any profession) with a local account holding their national
 * id and, unless `member: false`, an active membership of the CPTS (requests between professionals).
 */
export async function addPro(
  t: TestApp,
  options: {
    idNatPs: string;
    lastName: string;
    professionCode: string;
    unitCode: string;
    cptsId: string;
    member?: boolean;
    /** A physician's savoir-faire: general practice (SM54) unless given. */
    specialtyCode?: string;
  },
): Promise<Session> {
  const db = t.ctx.database.db;
  await db.insert(schema.professionals).values({
    idNatPs: options.idNatPs,
    idType: '8',
    identifier: options.idNatPs.slice(1),
    lastName: options.lastName,
    firstName: 'Dominique',
    professionCode: options.professionCode,
    professionLabel: options.professionCode === '60' ? 'Infirmier' : 'Médecin',
    updatedAt: TEST_NOW,
  });
  await db.insert(schema.professionalActivities).values({
    idNatPs: options.idNatPs,
    activityKey: `cab-${options.unitCode}`,
    professionCode: options.professionCode,
    specialtyCode: options.professionCode === '10' ? (options.specialtyCode ?? 'SM54') : null,
    generalPractice: options.professionCode === '10' && (options.specialtyCode ?? 'SM54') === 'SM54',
    unitCode: options.unitCode,
    townLabel: 'Commune test',
  });
  if (options.member !== false)
    await db.insert(schema.members).values({
      id: crypto.randomUUID(),
      cptsId: options.cptsId,
      kind: 'professional',
      idNatPs: options.idNatPs,
      displayName: `Dominique ${options.lastName}`,
      status: 'active',
      requestedAt: TEST_NOW,
    });
  const email = `pro.${options.lastName.toLowerCase()}@test.fr`;
  const userId = await t.addUser(email, []);
  await db.update(schema.users).set({ idNatPs: options.idNatPs }).where(eq(schema.users.id, userId));
  return t.login(email);
}

export const REQUEST = {
  professionCode: '60',
  specialtyCode: null,
  act: 'Pansement à domicile',
  wantedOn: '2026-11-23',
  windowStart: '08:00',
  windowEnd: '12:00',
  urgency: 'h24',
  patient: { initials: 'J.D.', ageBand: '75-84', sex: 'F', need: 'Pansement d’ulcère de jambe' },
  usualIdNatPs: null,
} as const;

export function postRequest(t: TestApp, session: Session, payload: Record<string, unknown>) {
  return t.app.inject({ method: 'POST', url: '/api/pro-requests', payload, ...as(session) });
}
