import { createReadStream, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { createGeographyRepository } from '@maillon/db';
import type { ImportRunRecord, StoredPreview } from '@maillon/domain';
import { RPPS_ACTIVITY_HEADER } from '@maillon/domain';
import { systemAuditRecorder } from '../src/composition/audit-recorder.ts';
import { buildImportContext, type ImportDependencies } from '../src/composition/import-context.ts';
import { generateRppsLines } from '../src/use-cases/directory/generate-rpps.ts';
import * as apply from '../src/use-cases/directory/import-apply.ts';
import type { NewImportRun, ReceivedFile } from '../src/use-cases/directory/import-preview.ts';
import * as preview from '../src/use-cases/directory/import-preview.ts';
import * as sweep from '../src/use-cases/directory/import-sweep.ts';
import type { DirectoryFileKind } from '../src/use-cases/directory/readers.ts';
import type { TestApp } from './harness.ts';

export const DIRECTORY_FIXTURES = join(import.meta.dirname, 'fixtures/directory');
export const RPPS_FIXTURE = join(DIRECTORY_FIXTURES, 'PS_LibreAcces_Personne_activite_fixture.txt');
export const RPPS_FIXTURE_LATIN1 = join(DIRECTORY_FIXTURES, 'PS_LibreAcces_Personne_activite_fixture_latin1.txt');
export const FINESS_FIXTURE = join(DIRECTORY_FIXTURES, 'etalab_cs1100507_stock_fixture.csv');

/** The fixture's lines (line 1 is the header). */
export const rppsFixtureLines = () => readFileSync(RPPS_FIXTURE, 'utf8').split('\n');

export const importDeps = (t: TestApp): ImportDependencies => ({
  db: t.ctx.database.db,
  now: t.ctx.clock,
  settings: t.ctx.config.imports,
  audit: systemAuditRecorder('test', 'test import', t.ctx.clock),
  territoryIndex: t.ctx.territoryIndex,
});

/** The import steps on a test database, their context built by the composition root as the CLI builds it. */
export const createImportRun = (deps: ImportDependencies, run: NewImportRun) => preview.createImportRun(buildImportContext(deps), run);
export const previewImportFile = (deps: ImportDependencies, id: string, file: ReceivedFile) =>
  preview.previewImportFile(buildImportContext(deps), id, file);
export const applyImport = (deps: ImportDependencies, id: string, appliedBy: string | null) =>
  apply.applyImport(buildImportContext(deps), id, appliedBy);
export const sweepImportRuns = (deps: ImportDependencies) => sweep.sweepImportRuns(buildImportContext(deps));
const importAndApply = (deps: ImportDependencies, run: NewImportRun, file: ReceivedFile) =>
  apply.importAndApply(buildImportContext(deps), run, file);

export const textStream = (text: string) => Readable.from([Buffer.from(text)]);

export interface FileInput {
  /** A path, or the file's text. */
  file: string;
  fromText?: boolean;
  cptsId?: string | null;
  sourceName?: string;
}

function source(input: FileInput): { run: Omit<NewImportRun, 'kind'>; stream: Readable } {
  const run = { sourceName: input.sourceName ?? 'fixture', startedBy: null, cptsId: input.cptsId ?? null };
  return input.fromText
    ? { run: { ...run, bytesTotal: Buffer.byteLength(input.file) }, stream: textStream(input.file) }
    : { run: { ...run, bytesTotal: statSync(input.file).size }, stream: createReadStream(input.file) };
}

/** Reads a file into a preview (nothing applied). */
export async function previewFile(t: TestApp, kind: DirectoryFileKind, input: FileInput): Promise<ImportRunRecord> {
  const { run, stream } = source(input);
  const id = await createImportRun(importDeps(t), { ...run, kind });
  return previewImportFile(importDeps(t), id, { input: stream });
}

/** Reads a file and applies it at once (a national file unless `cptsId` is given). */
export async function importFile(t: TestApp, kind: DirectoryFileKind, input: FileInput) {
  const { run, stream } = source(input);
  return importAndApply(importDeps(t), { ...run, kind }, { input: stream });
}

export const applyRun = (t: TestApp, id: string) => applyImport(importDeps(t), id, null);

/** The preview figures of one kind of row. */
export function previewOf(run: ImportRunRecord, entity: string) {
  return (run.preview as StoredPreview).entities.find((e) => e.entity === entity);
}

export const SKILLS_FIXTURE = join(DIRECTORY_FIXTURES, 'PS_LibreAcces_SavoirFaire_fixture.txt');

/** One generated line with some columns changed (columns named as in the RPPS header). */
export function editRppsLine(line: string, changes: Readonly<Record<string, string>>): string {
  const fields = line.split('|');
  for (const [name, value] of Object.entries(changes)) {
    const index = RPPS_ACTIVITY_HEADER.indexOf(name);
    if (index < 0) throw new Error(`unknown RPPS column ${name}`);
    fields[index] = value;
  }
  return fields.join('|');
}

export const rppsField = (line: string, name: string) => line.split('|')[RPPS_ACTIVITY_HEADER.indexOf(name)] ?? '';

/**
 * A national directory for the given départements and units, generated in the RPPS format and
 * imported through the real importer (preview + apply); returns the generated lines.
 */
export async function seedNationalDirectory(
  t: TestApp,
  options: { departements: readonly string[]; units: readonly string[]; lines: number },
): Promise<string[]> {
  const all = (await createGeographyRepository(t.ctx.database.db).snapshot()).units;
  const chosen = all.filter((u) => options.departements.includes(u.departementCode ?? '') || options.units.includes(u.code));
  const lines = [
    ...generateRppsLines({
      lines: options.lines,
      units: chosen.map((u) => ({ ...u, departementCode: u.departementCode ?? null })),
      seed: 6,
    }),
  ];
  await importFile(t, 'rpps', { file: `${lines.join('\n')}\n`, fromText: true, sourceName: 'PS_LibreAcces_national.txt' });
  return lines;
}
