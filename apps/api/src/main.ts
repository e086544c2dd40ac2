import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createGeographyRepository } from '@maillon/db';
import { buildApp } from './app.ts';
import { openAndPrepare } from './bootstrap.ts';
import { loadConfig } from './config.ts';
import { type AppContext, todayIn } from './context.ts';
import { DEMO_ACCOUNTS, DEMO_PASSWORD, removeDemoAccounts, seedDemo } from './demo/demo-seed.ts';
import { importContours } from './use-cases/contours/import-contours.ts';
import { createTerritoryIndexCache } from './use-cases/territory-index-cache.ts';

const config = loadConfig(process.env, process.argv.slice(2));
config.webDist ??= resolve(fileURLToPath(import.meta.url), '../../../web/dist');
const log = (message: string) => console.log(message);
const clock = () => new Date();
const database = await openAndPrepare(config, clock(), log);

if (config.geoDir && !(await createGeographyRepository(database.db).meta('contours'))) {
  log(`Import des contours depuis ${config.geoDir}…`);
  const report = await importContours({ db: database.db, path: config.geoDir, now: clock() });
  log(
    `Contours : ${report.shapedUnits} unités, ${report.unitsWithoutShape.length} sans contour, ${report.unmatched.length} entités non rapprochées.`,
  );
}

const ctx: AppContext = { database, config, clock, territoryIndex: createTerritoryIndexCache() };
if (config.demo) {
  const demo = await seedDemo(database.db, await ctx.territoryIndex.get(database.db), clock(), todayIn(clock));
  log(
    demo.created
      ? `Données de démonstration créées : ${demo.cpts} CPTS fictives en Provence-Alpes-Côte d'Azur.`
      : 'Données de démonstration déjà présentes.',
  );
} else {
  await removeDemoAccounts(database.db);
}

const app = await buildApp(ctx, { logger: true });
await app.listen({ host: config.host, port: config.port });
log(`\nMaillon est prêt : http://localhost:${config.port}  (API : /api, documentation : /api/docs)`);
if (config.demo) {
  log(`MODE DÉMO — comptes (mot de passe « ${DEMO_PASSWORD} ») :`);
  log(`  ${DEMO_ACCOUNTS.ars}  (ARS Provence-Alpes-Côte d'Azur)`);
  log(`  ${DEMO_ACCOUNTS.coordinator}  (coordination d'une CPTS de démonstration)`);
  log(`  ${DEMO_ACCOUNTS.admin}  (administration de la plateforme)`);
}

for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, async () => {
    await app.close();
    await database.close();
    process.exit(0);
  });
}
