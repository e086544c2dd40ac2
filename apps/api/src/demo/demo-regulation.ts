import { createCptsRepository, createIdentityRepository, type Db } from '@maillon/db';
import { hashPassword } from '../use-cases/auth/passwords.ts';

/** The demo SAS regulator (issue #10 item 4): searches and books the demo CPTS's SNP slots. */
export const DEMO_REGULATOR = 'regulation@demo.maillon.fr';

/**
 * A SAS regulator account for the département of the coordinator's demo CPTS, labelled demo.
 * Idempotent: nothing when the account exists.
 */
export async function ensureDemoRegulation(db: Db, options: { coordinatorEmail: string; password: string; now: Date }): Promise<void> {
  const users = createIdentityRepository(db);
  if (await users.findUserByEmail(DEMO_REGULATOR)) return;
  const coordinator = await users.findUserByEmail(options.coordinatorEmail);
  const grant = coordinator ? (await users.grantsOf(coordinator.id)).find((g) => g.role === 'coordinator') : undefined;
  if (grant?.role !== 'coordinator') return;
  const departementCode = (await createCptsRepository(db).get(grant.cptsId))?.departementCodes[0];
  if (!departementCode) return;
  await users.createUser(
    {
      id: crypto.randomUUID(),
      email: DEMO_REGULATOR,
      displayName: 'Régulation SAS (démo)',
      passwordHash: await hashPassword(options.password),
      isDemo: true,
      createdAt: options.now,
    },
    [{ role: 'sas', departementCode, cptsId: null }],
  );
}
