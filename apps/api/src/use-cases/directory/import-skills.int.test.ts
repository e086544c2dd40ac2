import { readFileSync } from 'node:fs';
import { schema } from '@maillon/db';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { applyRun, importFile, previewFile, previewOf, SKILLS_FIXTURE } from '../../../test/directory-fixtures.ts';
import { createTestApp, type TestApp, testDatabases } from '../../../test/harness.ts';

describe.each(testDatabases())('SavoirFaire import (%s)', (kind) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp(kind);
  });
  afterAll(() => t.close());

  const skills = () => t.ctx.database.db.select().from(schema.professionalSkills);

  it('previews and imports specialties per professional, with rejected lines and their reason', async () => {
    const { previewed, applied } = await importFile(t, 'savoir-faire', { file: SKILLS_FIXTURE });
    expect(previewed).toMatchObject({ linesRead: 6, accepted: 3, rejectedCount: 2 });
    expect(previewed.rejected).toEqual([
      { line: 5, reason: 'identification nationale PP invalide (« 8123 »)' },
      { line: 6, reason: 'code savoir-faire absent' },
    ]);
    expect(previewOf(previewed, 'skills')).toEqual({ entity: 'skills', added: 3, updated: 0, unchanged: 0, kept: 0, gone: 0 });
    expect(applied).toEqual([{ entity: 'skills', added: 3, updated: 0, gone: 0 }]);
    expect((await skills()).map((s) => `${s.idNatPs} ${s.code} ${s.label}`).sort()).toEqual([
      '810000000001 CAPA12 Gérontologie',
      '810000000001 SM54 Médecine Générale',
      '810000000009 DU05 Échographie obstétricale',
    ]);
  });

  it('marks a savoir-faire the newer file no longer lists only when the preview is applied', async () => {
    const lines = readFileSync(SKILLS_FIXTURE, 'utf8').split('\n');
    const newer = lines.filter((line) => !line.includes('CAPA12')).join('\n');
    const previewed = await previewFile(t, 'savoir-faire', { file: newer, fromText: true });
    expect(previewOf(previewed, 'skills')).toMatchObject({ added: 0, updated: 0, unchanged: 2, gone: 1 });
    expect((await skills()).every((s) => s.present)).toBe(true);
    await applyRun(t, previewed.id);
    expect((await skills()).find((s) => s.code === 'CAPA12')?.present).toBe(false);
  });
});
