import { closeSync, openSync, readFileSync, rmSync, writeSync } from 'node:fs';
import { hostname } from 'node:os';

/**
 * One process at a time on an embedded (PGlite) data directory: PGlite has no server to
 * arbitrate, so a second process (a CLI import or backup while `npm start` runs, two servers)
 * would corrupt it. The lock is a file next to the directory holding the owner's pid and host;
 * a lock left by a process that no longer runs on this host is taken over.
 */
export interface DataDirLock {
  release(): void;
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

export function lockDataDir(dataDir: string): DataDirLock {
  const path = `${dataDir.replace(/\/+$/, '')}.lock`;
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      const fd = openSync(path, 'wx');
      writeSync(fd, JSON.stringify({ pid: process.pid, host: hostname(), since: new Date().toISOString() }));
      closeSync(fd);
      return { release: () => rmSync(path, { force: true }) };
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      let owner: { pid?: number; host?: string } = {};
      try {
        owner = JSON.parse(readFileSync(path, 'utf8'));
      } catch {
        // An unreadable lock (a crash while writing it) is treated as stale.
      }
      if (owner.pid && owner.host === hostname() && owner.pid !== process.pid && alive(owner.pid)) {
        throw new Error(
          `La base embarquée ${dataDir} est déjà ouverte par un autre processus (pid ${owner.pid}) : arrêtez-le d'abord (un seul processus à la fois sur une base PGlite).`,
        );
      }
      if (owner.pid && owner.host && owner.host !== hostname()) {
        throw new Error(`La base embarquée ${dataDir} est verrouillée par la machine ${owner.host} (${path}).`);
      }
      rmSync(path, { force: true });
    }
  }
  throw new Error(`Impossible de verrouiller la base embarquée ${dataDir} (${path}).`);
}
