import { type Database, loadReferenceGeography, openDatabase } from '@maillon/db';
import type { Config } from './config.ts';
import { startupTrace } from './startup-trace.ts';

/** Opens the configured database, applies migrations and loads the reference geography. */
export async function openAndPrepare(config: Config, now: Date, log: (message: string) => void): Promise<Database> {
  const database = await openDatabase({ url: config.databaseUrl, dataDir: config.dataDir, namedStatements: config.pgNamedStatements });
  const trace = startupTrace();
  trace('database open, migrations checked');
  log(`Base de données : ${database.kind === 'pglite' ? `PGlite (${config.dataDir})` : 'PostgreSQL'}`);
  const geography = await loadReferenceGeography(database.db, now);
  trace('reference geography checked');
  log(
    geography.loaded
      ? `Référentiel géographique chargé : ${geography.units} unités territoriales.`
      : `Référentiel géographique à jour (${geography.units} unités).`,
  );
  return database;
}
