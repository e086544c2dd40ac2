import type { Db } from '@maillon/db';
import type { ImportSettings } from '../config.ts';
import type { ImportContext } from '../use-cases/directory/import-ports.ts';
import type { AuditRecorder } from './audit-recorder.ts';
import { cachedUnits } from './cached-geography.ts';
import { portsFor } from './ports.ts';
import type { TerritoryIndexCache } from './territory-index-cache.ts';

/** What a directory import runs on outside a request (command line, demo seed, server start, tests). */
export interface ImportDependencies {
  db: Db;
  now: () => Date;
  settings: ImportSettings;
  audit: AuditRecorder;
  /** The process's copy of the reference geography, when it has one (the server, tests): units come from it. */
  territoryIndex?: TerritoryIndexCache | undefined;
}

/** The import steps' context on `db`: ports on the connection, transactions giving them on the transaction. */
export function buildImportContext(deps: ImportDependencies): ImportContext {
  const { db, audit } = deps;
  const ports = portsFor(db, audit);
  if (deps.territoryIndex) ports.geography = { ...ports.geography, units: cachedUnits(ports.geography, deps.territoryIndex, db) };
  return {
    ports,
    transaction: (work) => db.transaction((tx) => work(portsFor(tx, audit))),
    clock: deps.now,
    settings: deps.settings,
  };
}
