import { createImportRunsRepository, schema } from '@maillon/db';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { RPPS_FIXTURE } from '../../test/directory-fixtures.ts';
import { createTestApp, type TestApp, testDatabases } from '../../test/harness.ts';
import { type DirectoryCommandIo, importDirectoryCommand } from './import-directory.command.ts';

describe.each(testDatabases())('CLI directory import (%s)', (kind) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp(kind);
  });
  afterAll(() => t.close());

  const professionals = async () => (await t.ctx.database.db.select().from(schema.professionals)).length;
  const lastStatus = async () => (await createImportRunsRepository(t.ctx.database.db).recent(50)).map((r) => r.status);

  async function run(args: string[], answer?: string) {
    const printed: string[] = [];
    const questions: string[] = [];
    const io: DirectoryCommandIo = {
      print: (line) => printed.push(line),
      ask:
        answer === undefined
          ? null
          : async (question) => {
              questions.push(question);
              return answer;
            },
    };
    const code = await importDirectoryCommand(t.ctx.database.db, 'rpps', args, { settings: t.ctx.config.imports, io });
    return { code, output: printed.join('\n'), questions };
  }

  it('prints the preview and applies nothing with --dry-run', async () => {
    const { code, output, questions } = await run([RPPS_FIXTURE, '--dry-run'], 'o');
    expect(code).toBe(0);
    expect(questions).toEqual([]);
    expect(output).toContain('10 lignes lues');
    expect(output).toMatch(/Professionnels\s+5\s+0\s+0\s+0\s+0/);
    expect(output).toContain('ligne 7 : identification nationale PP invalide (« 8123 »)');
    expect(output).toContain("Aperçu seulement (--dry-run) : rien n'a été appliqué.");
    expect(await professionals()).toBe(0);
    expect(await lastStatus()).toEqual(['cancelled']);
  });

  it('applies nothing without a terminal to confirm, nor when the answer is not « o »', async () => {
    expect((await run([RPPS_FIXTURE])).code).toBe(1);
    const declined = await run([RPPS_FIXTURE], 'n');
    expect(declined.questions).toEqual(['Appliquer cet import ? [o/N] ']);
    expect(declined.output).toContain("Import abandonné : rien n'a été appliqué.");
    expect(await professionals()).toBe(0);
  });

  it('applies when confirmed, or at once with --yes, and says what it wrote', async () => {
    const confirmed = await run([RPPS_FIXTURE], 'o');
    expect(confirmed.output).toContain('Professionnels — lignes ajoutées : 5 ; modifiées : 0 ; marquées disparues : 0.');
    expect(await professionals()).toBe(5);
    const again = await run(['--yes', RPPS_FIXTURE]);
    expect(again.code).toBe(0);
    expect(again.questions).toEqual([]);
    expect(again.output).toContain("Activités (situations d'exercice) — lignes ajoutées : 0 ; modifiées : 0 ; marquées disparues : 0.");
  });
});
