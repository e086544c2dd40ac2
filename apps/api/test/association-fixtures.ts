import { type Db, schema } from '@maillon/db';
import { eq } from 'drizzle-orm';
import { systemAuditRecorder } from '../src/composition/audit-recorder.ts';
import { portsFor } from '../src/composition/ports.ts';
import * as memberSelf from '../src/use-cases/association/member-self.ts';
import { as, type Session, TEST_NOW, type TestApp } from './harness.ts';

/** Builders for the association tests: directory professionals inserted directly, the rest through the API. */

export interface ProfessionalSeed {
  idNatPs: string;
  firstName: string;
  lastName: string;
  professionLabel?: string;
  unitCode: string | null;
  townLabel?: string;
}

export async function addProfessionals(db: Db, seeds: readonly ProfessionalSeed[]): Promise<void> {
  for (const p of seeds) {
    await db.insert(schema.professionals).values({
      idNatPs: p.idNatPs,
      idType: '8',
      identifier: p.idNatPs.slice(1),
      lastName: p.lastName,
      firstName: p.firstName,
      professionCode: '10',
      professionLabel: p.professionLabel ?? 'Médecin',
      updatedAt: TEST_NOW,
    });
    if (p.unitCode) {
      await db.insert(schema.professionalActivities).values({
        idNatPs: p.idNatPs,
        activityKey: `S-${p.idNatPs}`,
        professionCode: '10',
        unitCode: p.unitCode,
        townLabel: p.townLabel ?? null,
      });
    }
  }
}

/** A professional account linked to a national id (as after a Pro Santé Connect sign-in), without grant. */
export async function addProfessionalUser(t: TestApp, email: string, idNatPs: string | null): Promise<Session> {
  await t.addUser(email, []);
  await t.ctx.database.db.update(schema.users).set({ idNatPs }).where(eq(schema.users.email, email));
  return t.login(email);
}

export interface Categories {
  voting: string;
  structures: string;
  partners: string;
}

/** Three categories through the API: two voting colleges with dues, one partner college without vote or dues. */
export async function createCategories(t: TestApp, cptsId: string, session: Session): Promise<Categories> {
  const make = async (name: string, voting: boolean, yearlyDuesCents: number) => {
    const response = await t.app.inject({
      method: 'POST',
      url: `/api/cpts/${cptsId}/membership-categories`,
      payload: { name, voting, yearlyDuesCents },
      ...as(session),
    });
    if (response.statusCode !== 201) throw new Error(`category ${name}: ${response.body}`);
    return (response.json().items as { id: string; name: string }[]).find((c) => c.name === name)?.id as string;
  };
  return {
    voting: await make('Professionnels libéraux', true, 3000),
    structures: await make("Structures d'exercice coordonné", true, 10000),
    partners: await make('Partenaires', false, 0),
  };
}

/** Adds an active member through the API and returns its id. */
export async function addMemberVia(
  t: TestApp,
  target: { cptsId: string; session: Session },
  payload: Record<string, unknown>,
): Promise<string> {
  const response = await t.app.inject({ method: 'POST', url: `/api/cpts/${target.cptsId}/members`, payload, ...as(target.session) });
  if (response.statusCode !== 201) throw new Error(`member: ${response.body}`);
  return response.json().id;
}

/** The ports of the use cases on a test database's connection. */
const testPorts = (db: Db) => portsFor(db, systemAuditRecorder('test', 'test'));

/** A professional's own memberships read straight from a test database (member-self.ts). */
export const listMembershipsOfProfessional = (db: Db, idNatPs: string, today: string) =>
  memberSelf.listMembershipsOfProfessional(testPorts(db), idNatPs, today);

/** The assemblies a professional may vote in, read straight from a test database (member-self.ts). */
export const listAssembliesOfProfessional = (db: Db, idNatPs: string) => memberSelf.listAssembliesOfProfessional(testPorts(db), idNatPs);
