import {
  errorBodySchema,
  territoryProposalDecisionSchema,
  territoryProposalListSchema,
  territoryProposalQuerySchema,
  territoryProposalSchema,
  territoryProposalSubmitSchema,
  uuidSchema,
} from '@maillon/contracts';
import type { FastifyRequest } from 'fastify';
import { z } from 'zod';
import type { AppContext } from '../context.ts';
import { territorialContext } from '../http/request-context.ts';
import type { App } from '../http/types.ts';
import { proposeTerritory } from '../use-cases/territory/change-territory.ts';
import { decideProposal, withdrawProposal } from '../use-cases/territory/proposal-decisions.ts';
import { getProposal, listCptsProposals, listRegionProposals } from '../use-cases/territory/proposal-queries.ts';
import { withTerritoryStore } from '../use-cases/territory/territory-store.ts';

const idParams = z.object({ id: uuidSchema });
const errors = { 403: errorBodySchema, 404: errorBodySchema, 409: errorBodySchema, 422: errorBodySchema };

/**
 * Territory proposals (issue #6 item 2): after the letter of intent is validated, or when
 * communes of another region are added, a territory change waits for the ARS of each region
 * involved.
 */
export function territoryProposalsRoutes(app: App, ctx: AppContext): void {
  const tags = ['territory-proposals'];
  const context = async (request: FastifyRequest) => withTerritoryStore(await territorialContext(ctx, request));

  app.get(
    '/api/cpts/:id/territory/proposals',
    {
      schema: {
        tags,
        summary: 'Historique des propositions de territoire de la CPTS',
        params: idParams,
        response: { 200: z.object({ items: z.array(territoryProposalSchema) }), ...errors },
      },
    },
    async (request) => ({ items: await listCptsProposals(await context(request), request.params.id) }),
  );

  app.post(
    '/api/cpts/:id/territory/proposals',
    {
      schema: {
        tags,
        summary: "Propose un territoire à l'ARS (remplace la proposition en attente de son auteur ; 409 si celle d'un autre attend)",
        params: idParams,
        body: territoryProposalSubmitSchema,
        response: { 201: territoryProposalSchema, ...errors },
      },
    },
    async (request, reply) => {
      const c = await context(request);
      const id = await proposeTerritory(c, request.params.id, request.body);
      return reply.status(201).send(await getProposal(c, id));
    },
  );

  app.get(
    '/api/territory-proposals',
    {
      schema: {
        tags,
        summary: 'Propositions de territoire d’une région (ses CPTS, ou ses communes demandées), avec les nombres en attente',
        querystring: territoryProposalQuerySchema,
        response: { 200: territoryProposalListSchema, ...errors },
      },
    },
    async (request) => listRegionProposals(await context(request), request.query.region, request.query.status),
  );

  app.get(
    '/api/territory-proposals/:id',
    { schema: { tags, summary: 'Une proposition de territoire', params: idParams, response: { 200: territoryProposalSchema, ...errors } } },
    async (request) => getProposal(await context(request), request.params.id),
  );

  app.post(
    '/api/territory-proposals/:id/decisions',
    {
      schema: {
        tags,
        summary: "Accepte ou refuse une proposition pour sa région (ARS ; l'administration pour toute région)",
        params: idParams,
        body: territoryProposalDecisionSchema,
        response: { 200: territoryProposalSchema, ...errors },
      },
    },
    async (request) => {
      const c = await context(request);
      await decideProposal(c, request.params.id, request.body);
      return getProposal(c, request.params.id);
    },
  );

  app.post(
    '/api/territory-proposals/:id/withdrawal',
    {
      schema: {
        tags,
        summary: 'Retire une proposition en attente (son auteur)',
        params: idParams,
        response: { 200: territoryProposalSchema, ...errors },
      },
    },
    async (request) => {
      const c = await context(request);
      await withdrawProposal(c, request.params.id);
      return getProposal(c, request.params.id);
    },
  );
}
