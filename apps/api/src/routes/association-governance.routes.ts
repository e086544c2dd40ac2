import {
  bodyDtoSchema,
  bodyInputSchema,
  bodyUpdateSchema,
  errorBodySchema,
  mandateInputSchema,
  mandateUpdateSchema,
  PERSONAL_DATA_TAG,
  uuidSchema,
} from '@maillon/contracts';
import type { FastifyRequest } from 'fastify';
import { z } from 'zod';
import type { AppContext } from '../context.ts';
import { requestContext } from '../http/request-context.ts';
import type { App } from '../http/types.ts';
import {
  addMandate,
  createBody,
  deleteBody,
  deleteMandate,
  listBodies,
  updateBody,
  updateMandate,
} from '../use-cases/association/governance.ts';

const cptsParams = z.object({ id: uuidSchema });
const bodyParams = cptsParams.extend({ bodyId: uuidSchema });
const mandateParams = cptsParams.extend({ mandateId: uuidSchema });
const errors = { 401: errorBodySchema, 403: errorBodySchema, 404: errorBodySchema, 409: errorBodySchema, 422: errorBodySchema };
const listSchema = z.object({ items: z.array(bodyDtoSchema) });

/** Bodies (bureau, board, committees, groups) and mandates, with composition rules (issue #3, "Governance"). */
export function associationGovernanceRoutes(app: App, ctx: AppContext): void {
  const tags = ['gouvernance'];
  const personal = [...tags, PERSONAL_DATA_TAG];
  const context = (request: FastifyRequest) => requestContext(ctx, request);
  const list = async (c: ReturnType<typeof context>, id: string) => ({ items: await listBodies(c, id) });

  app.get(
    '/api/cpts/:id/bodies',
    { schema: { tags: personal, summary: 'Instances et mandats', params: cptsParams, response: { 200: listSchema, ...errors } } },
    async (request) => list(context(request), request.params.id),
  );

  app.post(
    '/api/cpts/:id/bodies',
    {
      schema: {
        tags: personal,
        summary: 'Crée une instance',
        params: cptsParams,
        body: bodyInputSchema,
        response: { 201: listSchema, ...errors },
      },
    },
    async (request, reply) => {
      const c = context(request);
      await createBody(c, request.params.id, request.body);
      return reply.status(201).send(await list(c, request.params.id));
    },
  );

  app.put(
    '/api/cpts/:id/bodies/:bodyId',
    {
      schema: {
        tags: personal,
        summary: 'Renomme une instance ou enregistre sa fin (ses mandats en cours prennent fin)',
        params: bodyParams,
        body: bodyUpdateSchema,
        response: { 200: listSchema, ...errors },
      },
    },
    async (request) => {
      const c = context(request);
      await updateBody(c, { cptsId: request.params.id, bodyId: request.params.bodyId }, request.body);
      return list(c, request.params.id);
    },
  );

  app.delete(
    '/api/cpts/:id/bodies/:bodyId',
    {
      schema: {
        tags: personal,
        summary: 'Supprime une instance sans mandat',
        params: bodyParams,
        response: { 200: listSchema, ...errors },
      },
    },
    async (request) => {
      const c = context(request);
      await deleteBody(c, { cptsId: request.params.id, bodyId: request.params.bodyId });
      return list(c, request.params.id);
    },
  );

  app.post(
    '/api/cpts/:id/bodies/:bodyId/mandates',
    {
      schema: {
        tags: personal,
        summary: 'Confie un mandat (adhérent actif ; votant pour le bureau et le conseil ; un seul président)',
        params: bodyParams,
        body: mandateInputSchema,
        response: { 201: listSchema, ...errors },
      },
    },
    async (request, reply) => {
      const c = context(request);
      await addMandate(c, { cptsId: request.params.id, bodyId: request.params.bodyId }, request.body);
      return reply.status(201).send(await list(c, request.params.id));
    },
  );

  app.put(
    '/api/cpts/:id/mandates/:mandateId',
    {
      schema: {
        tags: personal,
        summary: 'Modifie ou termine un mandat',
        params: mandateParams,
        body: mandateUpdateSchema,
        response: { 200: listSchema, ...errors },
      },
    },
    async (request) => {
      const c = context(request);
      await updateMandate(c, { cptsId: request.params.id, mandateId: request.params.mandateId }, request.body);
      return list(c, request.params.id);
    },
  );

  app.delete(
    '/api/cpts/:id/mandates/:mandateId',
    {
      schema: {
        tags: personal,
        summary: 'Supprime un mandat saisi par erreur',
        params: mandateParams,
        response: { 200: listSchema, ...errors },
      },
    },
    async (request) => {
      const c = context(request);
      await deleteMandate(c, { cptsId: request.params.id, mandateId: request.params.mandateId });
      return list(c, request.params.id);
    },
  );
}
