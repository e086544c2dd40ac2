import { Readable } from 'node:stream';
import { createGeographyRepository, type Db } from '@maillon/db';
import { systemAuditRecorder } from '../composition/audit-recorder.ts';
import { buildImportContext } from '../composition/import-context.ts';
import { loadImportSettings } from '../config.ts';
import { generateFinessLines } from '../use-cases/directory/generate-finess.ts';
import { generateRppsLines } from '../use-cases/directory/generate-rpps.ts';
import { importAndApply } from '../use-cases/directory/import-apply.ts';

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
 * "(démo)") and generated FINESS establishments, loaded through the real importers (preview,
 * then apply: national files, nobody to confirm) and flagged is_demo, so that the directory,
 * diagnostic and engagement screens have something to show.
 */
export async function seedDemoDirectory(
  db: Db,
  regionCode: string,
  now: () => Date,
): Promise<{ professionals: number; establishments: number }> {
  const units = (await createGeographyRepository(db).units()).filter((u) => u.regionCode === regionCode);
  const population = units.reduce((s, u) => s + u.population, 0);
  const generatorUnits = units.map((u) => ({
    code: u.code,
    name: u.name,
    population: u.population,
    postalCodes: u.postalCodes,
    departementCode: u.departementCode,
  }));
  const deps = buildImportContext({
    db,
    now,
    settings: loadImportSettings({}),
    audit: systemAuditRecorder('données de démonstration', 'demo seed', now),
  });
  const national = { bytesTotal: null, startedBy: null, cptsId: null } as const;
  const rpps = await importAndApply(
    deps,
    { ...national, kind: 'rpps', sourceName: 'Annuaire RPPS de démonstration (généré)' },
    {
      input: toStream(
        generateRppsLines({ lines: Math.round(population / INHABITANTS_PER_LINE), units: generatorUnits, seed: 93, nameSuffix: ' (démo)' }),
      ),
      isDemo: true,
    },
  );
  const finess = await importAndApply(
    deps,
    { ...national, kind: 'finess', sourceName: 'Établissements FINESS de démonstration (générés)' },
    { input: toStream(generateFinessLines(generatorUnits)), isDemo: true },
  );
  return { professionals: rpps.previewed.accepted, establishments: finess.previewed.accepted };
}
