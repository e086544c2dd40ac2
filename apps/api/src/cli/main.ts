import { openAndPrepare } from '../bootstrap.ts';
import { loadConfig } from '../config.ts';
import { backupCommand, restoreCommand } from './backup.command.ts';
import { fhirClientCommand } from './fhir-client.command.ts';
import { importContoursCommand } from './import-contours.command.ts';
import { importDirectoryCommand, isDirectoryKind, terminalIo } from './import-directory.command.ts';
import { REGISTRY_USAGE, registryImportCommand } from './registry-import.command.ts';
import { addUserCommand } from './user-add.command.ts';

const USAGE = `Usage :
  npm run maillon -- import contours <fichier|dossier>   importe des contours de communes (GeoJSON)
  npm run maillon -- import rpps <fichier>                PS_LibreAcces_Personne_activite (RPPS)
  npm run maillon -- import savoir-faire <fichier>        PS_LibreAcces_SavoirFaire
  npm run maillon -- import finess <fichier>              extraction FINESS (stock etalab)
        lit le fichier, affiche l'aperçu (ajouts, modifications, disparitions, lignes rejetées),
        puis demande « Appliquer cet import ? [o/N] » ; --yes applique sans question,
        --dry-run n'affiche que l'aperçu (rien n'est appliqué)
  npm run maillon -- registry import <fichier.csv> --region <code> --as <e-mail> [--dry-run] [--yes]
        registre des CPTS d'une région (CSV) : aperçu (créations, mises à jour, inchangées, lignes rejetées
        avec colonne et motif), puis application sur confirmation, au nom du compte ARS donné par --as
  npm run maillon -- user add --email <e-mail> --name <nom> --role <admin|ars|cpam|coordinator>
                                [--region <code>] [--cpts <id>]   (mot de passe lu dans MAILLON_PASSWORD)
  npm run maillon -- fhir-client add --name <nom> [--departement <code> …] | list | revoke <id>
        clients de l'interface FHIR du SAS (jeton affiché une seule fois)
  npm run maillon -- backup <fichier>                     sauvegarde vérifiée de la base embarquée (PGlite)
  npm run maillon -- restore <fichier> [--yes]            restaure une sauvegarde (l'ancienne base est gardée de côté)
Variables : DATABASE_URL (PostgreSQL) ou MAILLON_DATA_DIR (PGlite, défaut ./data/pglite).`;

async function main(argv: string[]): Promise<number> {
  const [group, action, ...rest] = argv;
  const config = loadConfig(process.env, argv);
  const log = (m: string) => console.error(m);
  if (group === 'import' && action === 'contours' && rest[0]) {
    const database = await openAndPrepare(config, new Date(), log);
    try {
      return await importContoursCommand(database.db, rest[0]);
    } finally {
      await database.close();
    }
  }
  if (group === 'import' && isDirectoryKind(action) && rest[0]) {
    const database = await openAndPrepare(config, new Date(), log);
    try {
      return await importDirectoryCommand(database.db, action, rest, { settings: config.imports, io: terminalIo() });
    } finally {
      await database.close();
    }
  }
  if (group === 'registry' && action === 'import') {
    if (!rest[0]) {
      console.error(REGISTRY_USAGE);
      return 2;
    }
    const database = await openAndPrepare(config, new Date(), log);
    try {
      return await registryImportCommand(database.db, rest, terminalIo());
    } finally {
      await database.close();
    }
  }
  if (group === 'backup' && action) return backupCommand(config, action);
  if (group === 'restore' && action) return restoreCommand(config, action, { yes: rest.includes('--yes') });
  if (group === 'user' && action === 'add') {
    const database = await openAndPrepare(config, new Date(), log);
    try {
      return await addUserCommand(database.db, rest, process.env.MAILLON_PASSWORD);
    } finally {
      await database.close();
    }
  }
  if (group === 'fhir-client') {
    const database = await openAndPrepare(config, new Date(), log);
    try {
      return await fhirClientCommand(database.db, [action ?? '', ...rest]);
    } finally {
      await database.close();
    }
  }
  console.error(USAGE);
  return 2;
}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error instanceof Error ? `Erreur : ${error.message}` : error);
    process.exit(1);
  },
);
