import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { openDatabase } from './client.ts';
import { createCptsRepository } from './repositories/cpts.repository.ts';
import { loadReferenceGeography } from './seed/reference-geography.ts';

describe('PGlite data directory', () => {
  const dir = mkdtempSync(join(tmpdir(), 'maillon-persist-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('keeps data across a restart and does not reload the reference geography', async () => {
    const now = new Date('2026-11-22T10:00:00Z');
    const first = await openDatabase({ dataDir: dir });
    expect((await loadReferenceGeography(first.db, now)).loaded).toBe(true);
    const id = crypto.randomUUID();
    await createCptsRepository(first.db).create({
      id,
      name: 'CPTS persistante',
      legalForm: 'Association loi 1901',
      siret: null,
      finess: null,
      email: null,
      phone: null,
      address: null,
      regionCode: '93',
      stage: 'contact',
      isDemo: false,
      createdAt: now,
      updatedAt: now,
    });
    await first.close();

    const second = await openDatabase({ dataDir: dir });
    expect(await loadReferenceGeography(second.db, now)).toEqual({ loaded: false, units: 35_011 });
    expect((await createCptsRepository(second.db).get(id))?.name).toBe('CPTS persistante');
    await second.close();
    // Builds a database from nothing (migrations, 35,000 units) twice over: the slowest setup of the suite.
  }, 300_000);
});
