import { createCptsRepository, createGeographyRepository, createIdentityRepository, type Db } from '@maillon/db';
import type { Grant } from '@maillon/domain';
import { hashPassword } from '../use-cases/auth/passwords.ts';
import { parseUserAddArgs, USER_ADD_USAGE } from './user-add-args.ts';

/** Exit codes: 0 created, 1 refused by the data (duplicate e-mail), 2 usage error (sysexits' EX_USAGE spirit, like parseArgs tools). */
export const EXIT = { created: 0, refused: 1, usage: 2 } as const;

export interface CommandOutput {
  log: (message: string) => void;
  error: (message: string) => void;
}

/** Whether a database error is a unique-constraint violation (PostgreSQL code 23505, also PGlite's). */
function isUniqueViolation(error: unknown): boolean {
  for (let e: unknown = error; e instanceof Error; e = e.cause) {
    if ((e as { code?: unknown }).code === '23505') return true;
  }
  return false;
}

/**
 * Creates a real (non-demo) account; the password comes from the environment, never argv.
 * Checks that the region exists (regions table) for ars, that the département exists for cpam
 * (its region comes from it), that the CPTS exists for a coordinator, and refuses an e-mail
 * already used.
 */
export async function addUserCommand(
  db: Db,
  args: string[],
  password: string | undefined,
  out: CommandOutput = { log: console.log, error: console.error },
): Promise<number> {
  const usage = (message: string) => {
    out.error(`Erreur : ${message}\n${USER_ADD_USAGE}`);
    return EXIT.usage;
  };
  const parsed = parseUserAddArgs(args, password);
  if (!parsed.ok) return usage(parsed.message);
  const { email, name, grant: requested } = parsed.request;
  let grant: Grant;
  if (requested.role === 'cpam') {
    const departement = (await createGeographyRepository(db).departements()).find((d) => d.code === requested.departementCode);
    if (!departement?.regionCode) return usage(`Département inconnu : « ${requested.departementCode} ».`);
    grant = { role: 'cpam', departementCode: departement.code, regionCode: departement.regionCode };
  } else grant = requested;
  if (grant.role === 'ars') {
    const regions = await createGeographyRepository(db).regions();
    if (!regions.some((r) => r.code === grant.regionCode)) {
      return usage(`Région inconnue : « ${grant.regionCode} ». Codes existants : ${regions.map((r) => r.code).join(', ')}.`);
    }
  }
  if (grant.role === 'sas' && grant.departementCode !== null) {
    const code = grant.departementCode;
    if (!(await createGeographyRepository(db).departements()).some((d) => d.code === code))
      return usage(`Département inconnu : « ${code} ».`);
  }
  const cptsId = grant.role === 'coordinator' || grant.role === 'sas' ? grant.cptsId : null;
  if (cptsId && !(await createCptsRepository(db).get(cptsId))) {
    return usage(`Aucune CPTS n'a l'identifiant « ${cptsId} ».`);
  }
  const identity = createIdentityRepository(db);
  const duplicate = () => {
    out.error(`Erreur : un compte existe déjà avec l'adresse ${email}. Aucun compte n'a été créé.`);
    return EXIT.refused;
  };
  if (await identity.findUserByEmail(email)) return duplicate();
  const passwordHash = await hashPassword(parsed.request.password);
  try {
    // User and grant together, or neither.
    await db.transaction(async (tx) =>
      createIdentityRepository(tx).createUser(
        {
          id: crypto.randomUUID(),
          email,
          displayName: name,
          passwordHash,
          isDemo: false,
          createdAt: new Date(),
        },
        [grant],
      ),
    );
  } catch (error) {
    // Two concurrent commands for the same address: the unique index decides.
    if (isUniqueViolation(error)) return duplicate();
    throw error;
  }
  out.log(`Compte créé : ${email} (${grant.role}).`);
  return EXIT.created;
}
