import { parseArgs } from 'node:util';
import { createIdentityRepository, type Db } from '@maillon/db';
import { type Grant, invalid } from '@maillon/domain';
import { hashPassword } from '../use-cases/auth/passwords.ts';

/** Creates a real (non-demo) account; the password comes from the environment, never argv. */
export async function addUserCommand(db: Db, args: string[], password: string | undefined): Promise<number> {
  const { values } = parseArgs({
    args,
    options: {
      email: { type: 'string' },
      name: { type: 'string' },
      role: { type: 'string' },
      region: { type: 'string' },
      cpts: { type: 'string' },
    },
  });
  if (!values.email || !values.name || !values.role) throw invalid('email', 'Options --email, --name et --role obligatoires.');
  if (!password || password.length < 12) throw invalid('password', 'MAILLON_PASSWORD doit contenir au moins 12 caractères.');
  let grant: Grant;
  if (values.role === 'admin') grant = { role: 'admin' };
  else if ((values.role === 'ars' || values.role === 'cpam') && values.region) grant = { role: values.role, regionCode: values.region };
  else if (values.role === 'coordinator' && values.cpts) grant = { role: 'coordinator', cptsId: values.cpts };
  else throw invalid('role', 'Rôle invalide ou périmètre manquant (--region pour ars/cpam, --cpts pour coordinator).');
  await createIdentityRepository(db).createUser(
    {
      id: crypto.randomUUID(),
      email: values.email,
      displayName: values.name,
      passwordHash: await hashPassword(password),
      isDemo: false,
      createdAt: new Date(),
    },
    [grant],
  );
  console.log(`Compte créé : ${values.email} (${values.role}).`);
  return 0;
}
