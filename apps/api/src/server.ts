import { createGeographyRepository } from '@maillon/db';
import { buildApp } from './app.ts';
import { openAndPrepare } from './bootstrap.ts';
import { createAciReferenceCache } from './composition/aci-reference-cache.ts';
import { systemAuditRecorder } from './composition/audit-recorder.ts';
import { createCoverageIndexCache } from './composition/coverage-index-cache.ts';
import { createCptsPageCache } from './composition/cpts-page-cache.ts';
import { scheduleFollowUpSweep } from './composition/follow-up-schedule.ts';
import { buildImportContext } from './composition/import-context.ts';
import { createMailer } from './composition/mailer.ts';
import { importContours } from './composition/on-database.ts';
import { startRetentionSweep } from './composition/retention-sweep.ts';
import { scheduleSlotsUpkeep } from './composition/slots-schedule.ts';
import { createTerritoryIndexCache } from './composition/territory-index-cache.ts';
import type { Config } from './config.ts';
import { type AppContext, todayIn } from './context.ts';
import { DEMO_ACCOUNTS, DEMO_PASSWORD, removeDemoAccounts, seedDemo } from './demo/demo-seed.ts';
import type { App } from './http/types.ts';
import { startupTrace } from './startup-trace.ts';
import { sweepImportRuns } from './use-cases/directory/import-sweep.ts';

export interface RunningServer {
  app: App;
  url: string;
  close(): Promise<void>;
}

/**
 * Start-up sequence: database and migrations, reference geography, contours from
 * MAILLON_GEO_DIR when none are stored yet, demo data (demo mode) or removal of demo accounts
 * (otherwise), then the HTTP server.
 */
export async function startServer(
  config: Config,
  options: { log: (m: string) => void; clock?: () => Date; logger?: boolean },
): Promise<RunningServer> {
  const { log } = options;
  const clock = options.clock ?? (() => new Date());
  const trace = startupTrace();
  trace('server module loaded');
  const database = await openAndPrepare(config, clock(), log);
  // Directory imports a previous process was reading when it stopped are marked interrupted.
  trace('database ready');
  await sweepImportRuns(
    buildImportContext({
      db: database.db,
      now: clock,
      settings: config.imports,
      audit: systemAuditRecorder('démarrage du serveur', 'server start', clock),
    }),
  );
  if (config.geoDir && !(await createGeographyRepository(database.db).meta('contours'))) {
    log(`Import des contours depuis ${config.geoDir}…`);
    const report = await importContours({ db: database.db, path: config.geoDir, now: clock() });
    log(
      `Contours : ${report.shapedUnits} unités, ${report.unitsWithoutShape.length} sans contour, ${report.unmatched.length} entités non rapprochées.`,
    );
  }
  trace('import runs swept, contours checked');
  const ctx: AppContext = {
    database,
    config,
    clock,
    territoryIndex: createTerritoryIndexCache(),
    coverageIndex: createCoverageIndexCache(),
    aciReference: createAciReferenceCache(),
    keptPages: createCptsPageCache(),
    mailer: await createMailer(config.mail),
  };
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
  trace('demo data checked');
  const app = await buildApp(ctx, { logger: options.logger ?? false });
  trace('routes registered');
  await app.listen({ host: config.host, port: config.port });
  trace('listening');
  const stopSweep = scheduleFollowUpSweep(database.db, clock, { everyMs: 10 * 60_000, log, mailer: ctx.mailer });
  const sweep = startRetentionSweep({ db: database.db, clock, log });
  const stopSeries = scheduleSlotsUpkeep(database.db, clock, { everyMs: 5 * 60_000, log });
  const address = app.server.address();
  const port = typeof address === 'object' && address ? address.port : config.port;
  const url = `http://localhost:${port}`;
  log(`\nMaillon est prêt : ${url}  (API : /api, documentation : /api/docs)`);
  if (config.demo) {
    log(`MODE DÉMO — comptes (mot de passe « ${DEMO_PASSWORD} ») :`);
    log(`  ${DEMO_ACCOUNTS.ars}  (ARS Provence-Alpes-Côte d'Azur)`);
    log(`  ${DEMO_ACCOUNTS.coordinator}  (coordination d'une CPTS de démonstration)`);
    log(`  ${DEMO_ACCOUNTS.contractCoordinator}  (coordination d'une CPTS de démonstration sous contrat ACI : indicateurs, bilan annuel)`);
    log(`  ${DEMO_ACCOUNTS.admin}  (administration de la plateforme)`);
    log(`  ${DEMO_ACCOUNTS.member}  (adhérent d'une CPTS de démonstration : espace adhérent)`);
    log(`  ${DEMO_ACCOUNTS.gp}  (médecin généraliste : capacité d'accueil, propositions de patients)`);
    log(`  ${DEMO_ACCOUNTS.nurse}, ${DEMO_ACCOUNTS.nurse2}  (infirmières : demandes entre professionnels)`);
    log(`  ${DEMO_ACCOUNTS.regulator}  (régulation SAS : recherche et réservation de créneaux de soins non programmés)`);
    log(`  ${DEMO_ACCOUNTS.specialist}  (spécialiste : avis et consultations dans ses créneaux dédiés)`);
  }
  return {
    app,
    url,
    async close() {
      stopSweep();
      stopSeries();
      sweep.stop();
      await app.close();
      await database.close();
    },
  };
}
