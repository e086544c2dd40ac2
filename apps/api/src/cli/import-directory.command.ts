import { createReadStream, statSync } from 'node:fs';
import { userInfo } from 'node:os';
import { basename } from 'node:path';
import { createInterface } from 'node:readline/promises';
import { parseArgs } from 'node:util';
import type { Db } from '@maillon/db';
import cliProgress from 'cli-progress';
import { commandLineActor, createAuditRecorder } from '../composition/audit-recorder.ts';
import { buildImportContext } from '../composition/import-context.ts';
import type { ImportSettings } from '../config.ts';
import { applyImport, cancelImport } from '../use-cases/directory/import-apply.ts';
import { createImportRun, previewImportFile } from '../use-cases/directory/import-preview.ts';
import { sweepImportRuns } from '../use-cases/directory/import-sweep.ts';
import { type DirectoryFileKind, isDirectoryFileKind } from '../use-cases/directory/readers.ts';
import { appliedLines, previewLines } from './import-report.ts';

export type DirectoryKind = DirectoryFileKind;
export const isDirectoryKind = isDirectoryFileKind;

const fr = (n: number) => n.toLocaleString('fr-FR');

export interface DirectoryCommandIo {
  /** Asks a question on the terminal; null when there is none (no TTY: nobody to confirm). */
  ask: ((question: string) => Promise<string>) | null;
  print: (line: string) => void;
}

/** The terminal's question, when stdin and stdout are terminals. */
export function terminalIo(): DirectoryCommandIo {
  const interactive = Boolean(process.stdin.isTTY && process.stdout.isTTY);
  return {
    print: (line) => console.log(line),
    ask: interactive
      ? async (question) => {
          const rl = createInterface({ input: process.stdin, output: process.stdout });
          try {
            return await rl.question(question);
          } finally {
            rl.close();
          }
        }
      : null,
  };
}

/**
 * `import rpps|savoir-faire|finess <file> [--yes] [--dry-run]`: reads the file with a progress
 * bar, prints the preview, then applies it when confirmed ("o"), with `--yes`, and never with
 * `--dry-run` (the preview is discarded). Like the web page, nothing changes before that.
 */
export async function importDirectoryCommand(
  db: Db,
  kind: DirectoryKind,
  args: string[],
  options: { settings: ImportSettings; io: DirectoryCommandIo },
): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: { yes: { type: 'boolean', short: 'y' }, 'dry-run': { type: 'boolean' } },
  });
  const file = positionals[0];
  if (!file) throw new Error('Fichier manquant.');
  const { io } = options;
  const deps = buildImportContext({
    db,
    now: () => new Date(),
    settings: options.settings,
    audit: createAuditRecorder({
      actor: commandLineActor(userInfo().username),
      origin: { route: `cli import ${kind}`, sourceIp: null },
      clock: () => new Date(),
    }),
  });
  await sweepImportRuns(deps);
  const size = statSync(file).size;
  const id = await createImportRun(deps, { kind, sourceName: basename(file), bytesTotal: size, startedBy: null, cptsId: null });
  const bar = new cliProgress.SingleBar(
    {
      format: `${kind.padEnd(12)} [{bar}] {percentage}% | {lines} lignes | {eta_formatted}`,
      hideCursor: true,
      noTTYOutput: true,
      notTTYSchedule: 5000,
    },
    cliProgress.Presets.shades_classic,
  );
  bar.start(size, 0, { lines: 0 });
  const started = Date.now();
  const run = await previewImportFile(deps, id, {
    input: createReadStream(file, { highWaterMark: 1 << 20 }),
    onProgress: (p) => bar.update(p.bytesDone, { lines: fr(p.linesRead) }),
  }).finally(() => {
    bar.update(size);
    bar.stop();
  });
  for (const line of previewLines(run, (Date.now() - started) / 1000)) io.print(line);
  io.print('');
  if (values['dry-run']) {
    await cancelImport(deps, id);
    io.print("Aperçu seulement (--dry-run) : rien n'a été appliqué.");
    return 0;
  }
  if (!values.yes) {
    if (!io.ask) {
      await cancelImport(deps, id);
      io.print("Pas de terminal pour confirmer : rien n'a été appliqué. Relancez avec --yes pour appliquer sans question.");
      return 1;
    }
    const answer = (await io.ask('Appliquer cet import ? [o/N] ')).trim().toLowerCase();
    if (answer !== 'o' && answer !== 'oui') {
      await cancelImport(deps, id);
      io.print("Import abandonné : rien n'a été appliqué.");
      return 0;
    }
  }
  const applied = await applyImport(deps, id, null);
  for (const line of appliedLines(applied.applied)) io.print(line);
  return 0;
}
