import { createIdentityRepository } from '@maillon/db';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp, testDatabases } from '../../test/harness.ts';
import { addUserCommand, EXIT } from './user-add.command.ts';

const PASSWORD = 'un-mot-de-passe-long';

describe.each(testDatabases())('CLI user add (%s)', (kind) => {
  let t: TestApp;
  let cptsId: string;
  beforeAll(async () => {
    t = await createTestApp(kind);
    cptsId = await t.addCpts({ name: 'CPTS test CLI', regionCode: '93', stage: 'contact', units: ['04070'] });
  });
  afterAll(() => t.close());

  async function run(args: string[], password = PASSWORD) {
    const lines: string[] = [];
    const code = await addUserCommand(t.ctx.database.db, args, password, { log: (m) => lines.push(m), error: (m) => lines.push(m) });
    return { code, output: lines.join('\n') };
  }
  const account = (email: string) => createIdentityRepository(t.ctx.database.db).findUserByEmail(email);

  it('creates an ARS account of an existing region, then a coordinator of an existing CPTS, who can sign in', async () => {
    expect(await run(['--email', 'ars@exemple.fr', '--name', 'ARS PACA', '--role', 'ars', '--region', '93'])).toEqual({
      code: EXIT.created,
      output: 'Compte créé : ars@exemple.fr (ars).',
    });
    const coordinator = await run(['--email', 'coord@exemple.fr', '--name', 'Coordination', '--role', 'coordinator', '--cpts', cptsId]);
    expect(coordinator.code).toBe(EXIT.created);
    const user = await account('coord@exemple.fr');
    expect(await createIdentityRepository(t.ctx.database.db).grantsOf(user?.id ?? '')).toEqual([{ role: 'coordinator', cptsId }]);
    await t.login('coord@exemple.fr', PASSWORD);
  });

  it('refuses a region that does not exist with a usage error, and creates nothing', async () => {
    const result = await run(['--email', 'ars2@exemple.fr', '--name', 'ARS', '--role', 'ars', '--region', '99']);
    expect(result.code).toBe(EXIT.usage);
    expect(result.output).toContain('Région inconnue : « 99 »');
    expect(result.output).toContain('93');
    expect(await account('ars2@exemple.fr')).toBeNull();
    const cpam = await run(['--email', 'cpam@exemple.fr', '--name', 'CPAM', '--role', 'cpam', '--departement', '99']);
    expect(cpam.code).toBe(EXIT.usage);
    expect(cpam.output).toContain('Département inconnu : « 99 »');
    expect(await account('cpam@exemple.fr')).toBeNull();
  });

  it("creates a CPAM account for a département, with the département's region", async () => {
    const result = await run(['--email', 'cpam83@exemple.fr', '--name', 'CPAM du Var', '--role', 'cpam', '--departement', '83']);
    expect(result.code).toBe(EXIT.created);
    const user = await account('cpam83@exemple.fr');
    expect(await createIdentityRepository(t.ctx.database.db).grantsOf(user?.id ?? '')).toEqual([
      { role: 'cpam', regionCode: '93', departementCode: '83' },
    ]);
  });

  it('refuses a CPTS id that does not exist, or is not a UUID, and creates nothing', async () => {
    const unknown = await run(['--email', 'c2@exemple.fr', '--name', 'C', '--role', 'coordinator', '--cpts', crypto.randomUUID()]);
    expect(unknown.code).toBe(EXIT.usage);
    expect(unknown.output).toContain("Aucune CPTS n'a l'identifiant");
    const malformed = await run(['--email', 'c2@exemple.fr', '--name', 'C', '--role', 'coordinator', '--cpts', 'digne']);
    expect(malformed.code).toBe(EXIT.usage);
    expect(await account('c2@exemple.fr')).toBeNull();
  });

  it('refuses a malformed e-mail and a short password as usage errors, with the usage text', async () => {
    const email = await run(['--email', 'ars-sans-arobase', '--name', 'A', '--role', 'admin']);
    expect(email.code).toBe(EXIT.usage);
    expect(email.output).toContain('Usage : npm run maillon -- user add');
    expect((await run(['--email', 'admin@exemple.fr', '--name', 'A', '--role', 'admin'], 'court')).code).toBe(EXIT.usage);
  });

  it('refuses an e-mail already used, whatever its case, and keeps the existing account', async () => {
    const before = await account('ars@exemple.fr');
    const result = await run(['--email', 'ARS@exemple.fr', '--name', 'Autre', '--role', 'admin']);
    expect(result).toEqual({
      code: EXIT.refused,
      output: "Erreur : un compte existe déjà avec l'adresse ars@exemple.fr. Aucun compte n'a été créé.",
    });
    expect(await account('ars@exemple.fr')).toEqual(before);
  });
});
