import { Readable } from 'node:stream';
import { createGeographyRepository, type Db } from '@maillon/db';
import { generateFinessLines } from '../use-cases/directory/generate-finess.ts';
import { generateRppsLines } from '../use-cases/directory/generate-rpps.ts';
import { importFiness } from '../use-cases/directory/import-finess.ts';
import { importRpps } from '../use-cases/directory/import-rpps.ts';

/** About one professional activity for 350 inhabitants, the order of magnitude of the real RPPS. */
const INHABITANTS_PER_LINE = 350;

const toStream = (lines: Iterable<string>) =>
  Readable.from(
    (function* () {
      for (const line of lines) yield `${line}\n`;
    })(),
  );

/**
 * Demo directory for a region: a generated RPPS-format file (fictitious people, names suffixed
 * "(démo)") and generated FINESS establishments, loaded through the real importers and flagged
 * is_demo, so that the directory, diagnostic and engagement screens have something to show.
 */
export async function seedDemoDirectory(
  db: Db,
  regionCode: string,
  now: () => Date,
): Promise<{ professionals: number; establishments: number }> {
  const units = (await createGeographyRepository(db).snapshot()).units.filter((u) => u.regionCode === regionCode);
  const population = units.reduce((s, u) => s + u.population, 0);
  const generatorUnits = units.map((u) => ({
    code: u.code,
    name: u.name,
    population: u.population,
    postalCodes: u.postalCodes,
    departementCode: u.departementCode,
  }));
  const rpps = await importRpps({
    db,
    input: toStream(
      generateRppsLines({ lines: Math.round(population / INHABITANTS_PER_LINE), units: generatorUnits, seed: 93, nameSuffix: ' (démo)' }),
    ),
    sourceName: 'Annuaire RPPS de démonstration (généré)',
    bytesTotal: null,
    now,
    isDemo: true,
  });
  const finess = await importFiness({
    db,
    input: toStream(generateFinessLines(generatorUnits)),
    sourceName: 'Établissements FINESS de démonstration (générés)',
    bytesTotal: null,
    now,
    isDemo: true,
  });
  return { professionals: rpps.accepted, establishments: finess.accepted };
}
