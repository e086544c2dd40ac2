import { userInfo } from 'node:os';
import { resolve } from 'node:path';
import {
  backupEmbedded,
  type Database,
  type Db,
  openBackupInMemory,
  openDatabase,
  restoreEmbedded,
  type TableFingerprint,
  tableFingerprints,
} from '@maillon/db';
import { type AuditRecorder, commandLineActor, createAuditRecorder } from '../composition/audit-recorder.ts';
import type { Config } from '../config.ts';
import { confirm } from './confirm.ts';
import { progressBar } from './progress.ts';

const fr = (n: number) => n.toLocaleString('fr-FR');

/** The documented procedure for PostgreSQL, printed when the command is asked for it. */
export const POSTGRES_PROCEDURE = `Base PostgreSQL (DATABASE_URL) : utilisez les outils de PostgreSQL.
  Sauvegarde  : pg_dump --format=custom --file=maillon.dump "$DATABASE_URL"
  Restauration: createdb maillon_restauree && pg_restore --no-owner --exit-on-error --dbname=<URL de maillon_restauree> maillon.dump
  puis pointez DATABASE_URL sur la base restaurée (voir README, « Sauvegarde et restauration »).`;

function recorder(action: 'backup' | 'restore'): AuditRecorder {
  return createAuditRecorder({
    actor: commandLineActor(userInfo().username),
    origin: { route: `cli ${action}`, sourceIp: null },
    clock: () => new Date(),
  });
}

async function fingerprints(db: Db, label: string): Promise<TableFingerprint[]> {
  const bar = progressBar();
  const result = await tableFingerprints(db, (done, total) => bar.onProgress(label, done, total));
  bar.stop();
  return result;
}

function differences(a: TableFingerprint[], b: TableFingerprint[]): string[] {
  const other = new Map(b.map((t) => [t.table, t]));
  const tables = new Set([...a.map((t) => t.table), ...b.map((t) => t.table)]);
  return [...tables].filter((table) => {
    const x = a.find((t) => t.table === table);
    const y = other.get(table);
    return !x || !y || x.rows !== y.rows || x.md5 !== y.md5;
  });
}

/**
 * `backup <file>`: a consistent copy of the embedded database, verified by reopening it in
 * memory and comparing every table's rows and checksum with the live database.
 */
export async function backupCommand(config: Config, file: string): Promise<number> {
  if (config.databaseUrl) {
    console.error(POSTGRES_PROCEDURE);
    return 2;
  }
  const target = resolve(file);
  const database = await openDatabase({ dataDir: config.dataDir });
  try {
    // A backup is an export of every personal datum: recorded first, so the copy holds its own entry.
    await recorder('backup').record(database.db, {
      action: 'export',
      entity: 'database',
      recordIds: [],
      cptsId: null,
      details: { file: target },
    });
    console.error(`Sauvegarde de ${config.dataDir}…`);
    const { bytes } = await backupEmbedded(database, target);
    const live = await fingerprints(database.db, 'base');
    const copy = await openBackupInMemory(target);
    try {
      const saved = await fingerprints(copy.db, 'copie');
      const wrong = differences(live, saved);
      if (wrong.length) {
        console.error(`La copie diffère de la base pour : ${wrong.join(', ')}. Sauvegarde invalide.`);
        return 1;
      }
      const rows = live.reduce((sum, t) => sum + t.rows, 0);
      console.log(
        `Sauvegarde écrite : ${target} (${fr(Math.round(bytes / 1024))} Kio), ${fr(live.length)} tables, ${fr(rows)} lignes, vérifiée.`,
      );
      return 0;
    } finally {
      await copy.close();
    }
  } finally {
    await database.close();
  }
}

/**
 * `restore <file> [--yes]`: replaces the embedded database by a backup. The current directory
 * is kept aside (never deleted) and the command asks for confirmation unless `--yes`.
 */
export async function restoreCommand(config: Config, file: string, options: { yes: boolean }): Promise<number> {
  if (config.databaseUrl) {
    console.error(POSTGRES_PROCEDURE);
    return 2;
  }
  const source = resolve(file);
  const backup = await openBackupInMemory(source).catch((error: unknown) => {
    throw new Error(`${source} n'est pas une sauvegarde Maillon lisible (${error instanceof Error ? error.message : String(error)}).`);
  });
  const expected = await fingerprints(backup.db, 'sauvegarde');
  await backup.close();
  const rows = expected.reduce((sum, t) => sum + t.rows, 0);
  console.error(`Sauvegarde ${source} : ${fr(expected.length)} tables, ${fr(rows)} lignes.`);
  if (
    !options.yes &&
    !(await confirm(`Remplacer la base embarquée ${config.dataDir} par cette sauvegarde ? (l'actuelle sera mise de côté)`))
  ) {
    console.error('Restauration abandonnée : rien n’a été modifié.');
    return 1;
  }
  const { database, previous } = await restoreEmbedded(source, config.dataDir, new Date());
  try {
    const restored = await fingerprints(database.db, 'contrôle');
    const wrong = differences(expected, restored).filter((table) => table !== 'drizzle.__drizzle_migrations');
    if (wrong.length) {
      console.error(`Contenu restauré différent de la sauvegarde pour : ${wrong.join(', ')}.`);
      return 1;
    }
    await recorder('restore').record(database.db, {
      action: 'import',
      entity: 'database',
      recordIds: [],
      cptsId: null,
      details: { file: source, previous },
    });
    console.log(`Base restaurée dans ${config.dataDir}.${previous ? ` L'ancienne base est conservée dans ${previous}.` : ''}`);
    return 0;
  } finally {
    await (database as Database).close();
  }
}
