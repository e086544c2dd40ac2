import { registryImportInputSchema, registryImportReportSchema } from '../registry.ts';
import { route } from './route.ts';

const tags = ['registre des CPTS'];
/** The JSON body carries the file in base64: a 2 MB registry is about 2.7 MB of text. */
const BODY_LIMIT = 4 * 1024 * 1024;

/** Loading a region's CPTS registry from a CSV file (docs/reference/registry-import.md). */
export const registryApi = {
  preview: route({
    method: 'POST',
    path: '/api/registry/imports/preview',
    tags,
    summary:
      "Aperçu d'un import du registre (ARS de la région) : CPTS à créer, à mettre à jour, inchangées, lignes rejetées avec colonne et motif ; rien n'est écrit",
    body: registryImportInputSchema,
    bodyLimit: BODY_LIMIT,
    response: registryImportReportSchema,
    errors: [403, 413, 422],
  }),
  apply: route({
    method: 'POST',
    path: '/api/registry/imports',
    tags,
    summary:
      'Applique le fichier du registre en une transaction (les lignes rejetées ne sont pas appliquées) ; un nouvel envoi du même fichier ne change rien',
    body: registryImportInputSchema,
    bodyLimit: BODY_LIMIT,
    response: registryImportReportSchema,
    errors: [403, 413, 422],
  }),
  template: route({
    method: 'GET',
    path: '/api/registry/template.csv',
    tags,
    summary: 'Modèle de fichier du registre (CSV, séparateur ;, avec une ligne d’exemple en commentaire)',
    file: true,
    errors: [401, 403],
  }),
} as const;
