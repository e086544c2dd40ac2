import { createReadStream, statSync } from 'node:fs';
import { basename } from 'node:path';
import type { Db } from '@maillon/db';
import cliProgress from 'cli-progress';
import { importFiness } from '../use-cases/directory/import-finess.ts';
import { importRpps } from '../use-cases/directory/import-rpps.ts';
import { importRppsSkills } from '../use-cases/directory/import-skills.ts';

const IMPORTERS = { rpps: importRpps, 'savoir-faire': importRppsSkills, finess: importFiness } as const;
export type DirectoryKind = keyof typeof IMPORTERS;
export const isDirectoryKind = (value: string | undefined): value is DirectoryKind => value !== undefined && value in IMPORTERS;

const fr = (n: number) => n.toLocaleString('fr-FR');

/** `import rpps|savoir-faire|finess <file>`: streamed import with a progress bar in bytes. */
export async function importDirectoryCommand(db: Db, kind: DirectoryKind, file: string): Promise<number> {
  const size = statSync(file).size;
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
  const report = await IMPORTERS[kind]({
    db,
    input: createReadStream(file, { highWaterMark: 1 << 20 }),
    sourceName: basename(file),
    bytesTotal: size,
    now: () => new Date(),
    onProgress: (p) => bar.update(p.bytesDone, { lines: fr(p.linesRead) }),
  });
  bar.update(size);
  bar.stop();
  const seconds = (Date.now() - started) / 1000;
  console.log(
    `${fr(report.linesRead)} lignes lues en ${seconds.toFixed(1)} s (${fr(Math.round(report.linesRead / seconds))} lignes/s) ; ${fr(report.accepted)} acceptées ; ${fr(report.rejectedCount)} rejetées.`,
  );
  console.log(`Détail : ${JSON.stringify(report.stats)}`);
  if (report.rejected.length) {
    console.log(`Lignes rejetées${report.rejectedCount > report.rejected.length ? ` (les ${report.rejected.length} premières)` : ''} :`);
    for (const r of report.rejected) console.log(`  ligne ${r.line} : ${r.reason}`);
  }
  return 0;
}
