import {
  cptsDetailSchema,
  cptsIdentitySchema,
  cptsSummarySchema,
  createCptsSchema,
  errorBodySchema,
  milestoneUpdateSchema,
  regionCodeSchema,
  territoryPreviewSchema,
  territoryUpdateSchema,
  transitionRequestSchema,
  uuidSchema,
} from '@maillon/contracts';
import { MISSIONS } from '@maillon/domain';
import type { FastifyRequest } from 'fastify';
import { z } from 'zod';
import type { AppContext } from '../context.ts';
import { territorialContext } from '../http/request-context.ts';
import type { App } from '../http/types.ts';
import { createCpts, recordMilestone, transitionCpts, updateCptsIdentity } from '../use-cases/cpts/cpts-commands.ts';
import { cptsDetail } from '../use-cases/cpts/cpts-detail.ts';
import { listCpts } from '../use-cases/cpts/cpts-queries.ts';
import { loadReadableCpts } from '../use-cases/cpts/load-cpts.ts';
import { previewTerritoryChange, saveTerritory } from '../use-cases/territory/change-territory.ts';
import { withTerritoryStore } from '../use-cases/territory/territory-store.ts';

const idParams = z.object({ id: uuidSchema });
const errors = { 403: errorBodySchema, 404: errorBodySchema, 409: errorBodySchema, 422: errorBodySchema };

export function cptsRoutes(app: App, ctx: AppContext): void {
  const tags = ['cpts'];
  const context = (request: FastifyRequest) => territorialContext(ctx, request);
  const detail = async (c: Awaited<ReturnType<typeof territorialContext>>, id: string) =>
    cptsDetail({ ...c, record: await loadReadableCpts(c.db, c.principal, id) });

  app.get(
    '/api/cpts',
    {
      schema: {
        tags,
        summary: 'CPTS visibles (région pour ARS/CPAM, la sienne pour une coordination)',
        querystring: z.object({ region: regionCodeSchema.optional() }),
        response: { 200: z.object({ items: z.array(cptsSummarySchema) }) },
      },
    },
    async (request) => ({ items: await listCpts(await context(request), request.query.region) }),
  );

  app.post(
    '/api/cpts',
    { schema: { tags, summary: 'Enregistre une CPTS', body: createCptsSchema, response: { 201: cptsDetailSchema, ...errors } } },
    async (request, reply) => {
      const c = await context(request);
      const id = await createCpts(c, request.body);
      return reply.status(201).send(await detail(c, id));
    },
  );

  app.get('/api/cpts/:id', { schema: { tags, params: idParams, response: { 200: cptsDetailSchema, ...errors } } }, async (request) =>
    detail(await context(request), request.params.id),
  );

  app.put(
    '/api/cpts/:id',
    {
      schema: {
        tags,
        summary: "Modifie l'identité",
        params: idParams,
        body: cptsIdentitySchema,
        response: { 200: cptsDetailSchema, ...errors },
      },
    },
    async (request) => {
      const c = await context(request);
      await updateCptsIdentity(c, request.params.id, request.body);
      return detail(c, request.params.id);
    },
  );

  app.post(
    '/api/cpts/:id/territory/preview',
    {
      schema: {
        tags,
        summary:
          'Évalue un territoire sans l’enregistrer (population, taille, contiguïté, chevauchements) et dit si son enregistrement demande une proposition',
        params: idParams,
        body: territoryUpdateSchema,
        response: { 200: territoryPreviewSchema, ...errors },
      },
    },
    async (request) => previewTerritoryChange(withTerritoryStore(await context(request)), request.params.id, request.body.units),
  );

  app.put(
    '/api/cpts/:id/territory',
    {
      schema: {
        tags,
        summary:
          "Remplace le territoire quand l'auteur en a l'autorité (sinon 403 : la modification se propose via /territory/proposals ; 409 si une proposition est en attente)",
        params: idParams,
        body: territoryUpdateSchema,
        response: { 200: cptsDetailSchema, ...errors },
      },
    },
    async (request) => {
      const c = await context(request);
      await saveTerritory(withTerritoryStore(c), request.params.id, request.body.units);
      return detail(c, request.params.id);
    },
  );

  app.post(
    '/api/cpts/:id/transitions',
    {
      schema: {
        tags,
        summary: 'Fait passer la CPTS à une étape de son cycle de vie',
        params: idParams,
        body: transitionRequestSchema,
        response: { 201: cptsDetailSchema, ...errors },
      },
    },
    async (request, reply) => {
      const c = await context(request);
      await transitionCpts(c, request.params.id, request.body);
      return reply.status(201).send(await detail(c, request.params.id));
    },
  );

  app.put(
    '/api/cpts/:id/missions/:mission',
    {
      schema: {
        tags,
        summary: "Enregistre le démarrage / déploiement d'une mission ACI",
        params: idParams.extend({ mission: z.enum(MISSIONS) }),
        body: milestoneUpdateSchema,
        response: { 200: cptsDetailSchema, ...errors },
      },
    },
    async (request) => {
      const c = await context(request);
      await recordMilestone(c, request.params.id, request.params.mission, request.body);
      return detail(c, request.params.id);
    },
  );
}
