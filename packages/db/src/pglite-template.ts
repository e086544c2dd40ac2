import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';

/**
 * A fresh PGlite cluster with every migration applied, kept as a data-directory archive and
 * loaded into the next fresh data directory instead of running initdb and the migrations again
 * (most of a cold start on PGlite, issue #11 item 4). Its name is a hash of the PGlite version and
 * of every migration file, so an archive can never stand for another schema: a new migration or
 * PGlite release simply makes a new one. Kept in the OS temporary directory, in a folder of this
 * user that nobody else may write to, or in
 * MAILLON_PGLITE_TEMPLATE_DIR under the same condition; holds no data, only the schema.
 */
export interface PgliteTemplate {
  read(): Blob | undefined;
  write(archive: Blob): Promise<void>;
  /** Forgets an archive PGlite could not start from (damaged): the next start runs the migrations. */
  discard(): void;
}

const require = createRequire(import.meta.url);

function pgliteVersion(): string {
  // The package's exports hide package.json: read it next to the resolved entry point.
  let dir = dirname(require.resolve('@electric-sql/pglite'));
  for (let i = 0; i < 5; i++, dir = dirname(dir)) {
    try {
      const manifest = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')) as { name?: string; version?: string };
      if (manifest.name === '@electric-sql/pglite') return manifest.version ?? 'unknown';
    } catch {
      // not there, one level up
    }
  }
  return 'unknown';
}

export function pgliteTemplate(migrationsDir: string, dir = process.env.MAILLON_PGLITE_TEMPLATE_DIR): PgliteTemplate {
  const hash = createHash('sha256').update(`pglite ${pgliteVersion()}\n`);
  const walk = (folder: string, prefix: string) => {
    for (const entry of readdirSync(folder, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
      const path = join(folder, entry.name);
      if (entry.isDirectory()) walk(path, `${prefix}${entry.name}/`);
      else hash.update(`${prefix}${entry.name}\n`).update(readFileSync(path)).update('\n');
    }
  };
  walk(migrationsDir, '');
  const folder = dir ?? join(tmpdir(), `maillon-pglite-templates-${process.getuid?.() ?? 'user'}`);
  const path = join(folder, `${hash.digest('hex').slice(0, 32)}.tar.gz`);
  return {
    read() {
      if (!private_(folder)) return undefined;
      try {
        return new Blob([readFileSync(path)]);
      } catch {
        return undefined;
      }
    },
    discard() {
      rmSync(path, { force: true });
    },
    async write(archive) {
      // Written aside then renamed: a reader never sees half an archive, two writers end with one whole.
      const partial = `${path}.${process.pid}.partial`;
      try {
        mkdirSync(folder, { recursive: true, mode: 0o700 });
        if (!private_(folder)) return;
        writeFileSync(partial, Buffer.from(await archive.arrayBuffer()), { mode: 0o600 });
        renameSync(partial, path);
      } catch {
        // A cache only: a read-only or full temporary directory just means the next cold start runs the migrations.
        rmSync(partial, { force: true });
      }
    },
  };
}

/**
 * The database would start from whatever archive lies there, so only a folder that this user owns
 * and nobody else may write to is used: in a shared temporary directory another account could
 * otherwise plant an archive under the expected name.
 */
function private_(folder: string): boolean {
  try {
    const stat = statSync(folder);
    const uid = process.getuid?.();
    return stat.isDirectory() && (uid === undefined || stat.uid === uid) && (stat.mode & 0o022) === 0;
  } catch {
    return false;
  }
}
