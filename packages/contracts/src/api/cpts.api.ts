import { MISSIONS } from '@maillon/domain';
import { z } from 'zod';
import { regionCodeSchema, uuidSchema } from '../common.ts';
import {
  cptsDetailSchema,
  cptsIdentitySchema,
  cptsSummarySchema,
  createCptsSchema,
  milestoneUpdateSchema,
  territoryPreviewSchema,
  territoryUpdateSchema,
  transitionRequestSchema,
} from '../cpts.ts';
import { route } from './route.ts';

const tags = ['cpts'];
const params = z.object({ id: uuidSchema });
const errors = [403, 404, 409, 422] as const;

/** The CPTS registry: identity, territory, lifecycle and ACI mission milestones. */
export const cptsApi = {
  list: route({
    method: 'GET',
    path: '/api/cpts',
    tags,
    summary: 'CPTS visibles (région pour ARS/CPAM, la sienne pour une coordination)',
    query: z.object({ region: regionCodeSchema.optional() }),
    response: z.object({ items: z.array(cptsSummarySchema) }),
    errors: [403],
  }),
  create: route({
    method: 'POST',
    path: '/api/cpts',
    tags,
    summary: 'Enregistre une CPTS (les communes d’une autre région deviennent une proposition à son ARS)',
    body: createCptsSchema,
    status: 201,
    response: cptsDetailSchema,
    errors,
  }),
  get: route({ method: 'GET', path: '/api/cpts/:id', tags, summary: 'Fiche de la CPTS', params, response: cptsDetailSchema, errors }),
  updateIdentity: route({
    method: 'PUT',
    path: '/api/cpts/:id',
    tags,
    summary: "Modifie l'identité",
    params,
    body: cptsIdentitySchema,
    response: cptsDetailSchema,
    errors,
  }),
  previewTerritory: route({
    method: 'POST',
    path: '/api/cpts/:id/territory/preview',
    tags,
    summary:
      'Évalue un territoire sans l’enregistrer (population, taille, contiguïté, chevauchements) et dit si son enregistrement demande une proposition',
    params,
    body: territoryUpdateSchema,
    response: territoryPreviewSchema,
    errors,
  }),
  replaceTerritory: route({
    method: 'PUT',
    path: '/api/cpts/:id/territory',
    tags,
    summary:
      "Remplace le territoire quand l'auteur en a l'autorité (sinon 403 : la modification se propose via /territory/proposals ; 409 si une proposition est en attente)",
    params,
    body: territoryUpdateSchema,
    response: cptsDetailSchema,
    errors,
  }),
  transition: route({
    method: 'POST',
    path: '/api/cpts/:id/transitions',
    tags,
    summary: 'Fait passer la CPTS à une étape de son cycle de vie',
    params,
    body: transitionRequestSchema,
    status: 201,
    response: cptsDetailSchema,
    errors,
  }),
  recordMilestone: route({
    method: 'PUT',
    path: '/api/cpts/:id/missions/:mission',
    tags,
    summary: "Enregistre le démarrage / déploiement d'une mission ACI",
    params: params.extend({ mission: z.enum(MISSIONS) }),
    body: milestoneUpdateSchema,
    response: cptsDetailSchema,
    errors,
  }),
} as const;
