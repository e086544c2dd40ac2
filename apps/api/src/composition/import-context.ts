import type { Db } from '@maillon/db';
import type { ImportSettings } from '../config.ts';
import type { ImportContext } from '../use-cases/directory/import-ports.ts';
import type { AuditRecorder } from './audit-recorder.ts';
import { portsFor } from './ports.ts';

/** What a directory import runs on outside a request (command line, demo seed, server start, tests). */
export interface ImportDependencies {
  db: Db;
  now: () => Date;
  settings: ImportSettings;
  audit: AuditRecorder;
}

/** The import steps' context on `db`: ports on the connection, transactions giving them on the transaction. */
export function buildImportContext(deps: ImportDependencies): ImportContext {
  const { db, audit } = deps;
  return {
    ports: portsFor(db, audit),
    transaction: (work) => db.transaction((tx) => work(portsFor(tx, audit))),
    clock: deps.now,
    settings: deps.settings,
  };
}
