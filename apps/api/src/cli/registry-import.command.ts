import { readFileSync } from 'node:fs';
import { userInfo } from 'node:os';
import { basename } from 'node:path';
import { parseArgs } from 'node:util';
import type { RegistryImportReport } from '@maillon/contracts';
import { createIdentityRepository, type Db } from '@maillon/db';
import cliProgress from 'cli-progress';
import { createAuditRecorder } from '../composition/audit-recorder.ts';
import { createTerritoryIndexCache } from '../composition/territory-index-cache.ts';
import { buildSteppedContext } from '../composition/use-case-context.ts';
import { todayIn } from '../context.ts';
import { runRegistryImport } from '../use-cases/registry/registry-import.ts';
import type { DirectoryCommandIo } from './import-directory.command.ts';

export const REGISTRY_USAGE =
  'Usage : npm run maillon -- registry import <fichier.csv> --region <code> --as <e-mail du compte ARS> [--dry-run] [--yes]';

/** The preview or the result, as lines for the terminal. */
export function registryReportLines(report: RegistryImportReport): string[] {
  const { counts } = report;
  const lines = [
    `${report.applied ? 'Import appliqué' : 'Aperçu'} — région ${report.regionCode}, ${report.linesRead} ligne(s) lue(s) :`,
    `  ${counts.create} CPTS ${report.applied ? 'créée(s)' : 'à créer'}, ${counts.update} ${report.applied ? 'mise(s) à jour' : 'à mettre à jour'}, ${counts.unchanged} inchangée(s), ${counts.rejected} ligne(s) rejetée(s)`,
  ];
  if (report.ignoredColumns.length) lines.push(`  Colonnes ignorées : ${report.ignoredColumns.join(', ')}`);
  for (const line of report.lines) {
    lines.push(`  ligne ${line.lineNumber} · ${line.name || '(sans nom)'} · ${line.outcomeLabel}`);
    for (const change of line.changes) lines.push(`      ${change}`);
    for (const issue of line.issues) {
      lines.push(
        `      ${issue.severity === 'error' ? 'Erreur' : 'Avertissement'}${issue.column ? ` [${issue.column}]` : ''} : ${issue.message}`,
      );
    }
  }
  return lines;
}

/**
 * `registry import <file> --region 76 --as <e-mail> [--dry-run] [--yes]`: previews the file with
 * a progress bar, then applies it when confirmed ("o"), with `--yes`, never with `--dry-run`.
 * The command acts for an existing account (`--as`): its rights are checked as on the web page
 * (ARS of the region or administration) and the history names it as the author.
 */
export async function registryImportCommand(db: Db, args: string[], io: DirectoryCommandIo): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: { region: { type: 'string' }, as: { type: 'string' }, yes: { type: 'boolean', short: 'y' }, 'dry-run': { type: 'boolean' } },
  });
  const file = positionals[0];
  if (!file || !values.region || !values.as) {
    io.print(REGISTRY_USAGE);
    return 2;
  }
  const users = createIdentityRepository(db);
  const user = await users.findUserByEmail(values.as);
  if (!user) {
    io.print(`Aucun compte n'a l'adresse ${values.as}.`);
    return 2;
  }
  const now = new Date();
  const context = buildSteppedContext({
    db,
    audit: createAuditRecorder({
      actor: { userId: user.id, label: `${user.displayName} (ligne de commande, compte système ${userInfo().username})` },
      origin: { route: 'cli registry import', sourceIp: null },
      clock: () => new Date(),
    }),
    principal: { userId: user.id, email: user.email, displayName: user.displayName, grants: await users.grantsOf(user.id) },
    now,
    today: todayIn(() => now),
    index: await createTerritoryIndexCache().get(db),
  });
  const registryFile = { regionCode: values.region, fileName: basename(file), bytes: new Uint8Array(readFileSync(file)) };
  const run = async (apply: boolean) => {
    const bar = new cliProgress.SingleBar(
      { format: `${apply ? 'import' : 'aperçu'} [{bar}] {percentage}% | {value}/{total} lignes`, hideCursor: true, noTTYOutput: true },
      cliProgress.Presets.shades_classic,
    );
    bar.start(1, 0);
    try {
      return await runRegistryImport(context, registryFile, {
        apply,
        onProgress: (done, total) => bar.setTotal(total) ?? bar.update(done),
      });
    } finally {
      bar.stop();
    }
  };
  const preview = await run(false);
  for (const line of registryReportLines(preview)) io.print(line);
  io.print('');
  if (values['dry-run']) {
    io.print("Aperçu seulement (--dry-run) : rien n'a été appliqué.");
    return 0;
  }
  if (!values.yes) {
    if (!io.ask) {
      io.print("Pas de terminal pour confirmer : rien n'a été appliqué. Relancez avec --yes pour appliquer sans question.");
      return 1;
    }
    const answer = (await io.ask('Appliquer cet import ? [o/N] ')).trim().toLowerCase();
    if (answer !== 'o' && answer !== 'oui') {
      io.print("Import abandonné : rien n'a été appliqué.");
      return 0;
    }
  }
  const applied = await run(true);
  for (const line of registryReportLines(applied)) io.print(line);
  return 0;
}
