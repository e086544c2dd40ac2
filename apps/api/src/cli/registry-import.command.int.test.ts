import { fileURLToPath } from 'node:url';
import { createCptsRepository } from '@maillon/db';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp, testDatabases } from '../../test/harness.ts';
import type { DirectoryCommandIo } from './import-directory.command.ts';
import { registryImportCommand } from './registry-import.command.ts';

const FIXTURE = fileURLToPath(new URL('../../test/fixtures/registry/occitanie-registry.csv', import.meta.url));

describe.each(testDatabases())('CLI registry import (%s)', (kind) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp(kind);
    await t.addUser('ars.occitanie.cli@test.fr', [{ role: 'ars', regionCode: '76' }]);
    await t.addUser('cpam.gard.cli@test.fr', [{ role: 'cpam', regionCode: '76', departementCode: '30' }]);
  });
  afterAll(() => t.close());

  const regionCpts = async () => (await createCptsRepository(t.ctx.database.db).list({ regionCode: '76' })).length;

  async function run(args: string[], answer?: string) {
    const printed: string[] = [];
    const io: DirectoryCommandIo = { print: (line) => printed.push(line), ask: answer === undefined ? null : async () => answer };
    const code = await registryImportCommand(t.ctx.database.db, args, io);
    return { code, output: printed.join('\n') };
  }
  const as = (email: string) => ['--region', '76', '--as', email];

  it('previews with --dry-run, and without a terminal or --yes applies nothing', async () => {
    const dry = await run([FIXTURE, ...as('ars.occitanie.cli@test.fr'), '--dry-run']);
    expect(dry.code).toBe(0);
    expect(dry.output).toContain('2 CPTS à créer, 0 à mettre à jour, 0 inchangée(s), 0 ligne(s) rejetée(s)');
    expect(dry.output).toContain('ligne 8 · Entre Châtaigne et Micocoule · À créer');
    expect(dry.output).toContain("Aperçu seulement (--dry-run) : rien n'a été appliqué.");
    expect((await run([FIXTURE, ...as('ars.occitanie.cli@test.fr')])).code).toBe(1);
    expect((await run([FIXTURE, ...as('ars.occitanie.cli@test.fr')], 'n')).output).toContain('Import abandonné');
    expect(await regionCpts()).toBe(0);
  });

  it('applies once confirmed, then finds everything unchanged', async () => {
    const applied = await run([FIXTURE, ...as('ars.occitanie.cli@test.fr')], 'o');
    expect(applied.output).toContain('Import appliqué — région 76, 2 ligne(s) lue(s) :');
    expect(await regionCpts()).toBe(2);
    const again = await run([FIXTURE, ...as('ars.occitanie.cli@test.fr'), '--yes']);
    expect(again.output).toContain('0 CPTS créée(s), 0 mise(s) à jour, 2 inchangée(s)');
  });

  it("acts with the account's rights: a CPAM cannot load a registry", async () => {
    await expect(run([FIXTURE, ...as('cpam.gard.cli@test.fr'), '--yes'])).rejects.toThrow("Cette région n'est pas dans votre périmètre.");
    expect((await run([FIXTURE, '--region', '76'])).code).toBe(2);
  });
});
