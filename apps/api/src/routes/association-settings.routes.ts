import { associationSettingsSchema, categoryDtoSchema, categoryInputSchema, errorBodySchema, uuidSchema } from '@maillon/contracts';
import type { FastifyRequest } from 'fastify';
import { z } from 'zod';
import type { AppContext } from '../context.ts';
import { requestContext } from '../http/request-context.ts';
import type { App } from '../http/types.ts';
import {
  createCategory,
  deleteCategory,
  getSettings,
  listCategories,
  saveSettings,
  updateCategory,
} from '../use-cases/association/categories.ts';

const cptsParams = z.object({ id: uuidSchema });
const categoryParams = cptsParams.extend({ categoryId: uuidSchema });
const errors = { 401: errorBodySchema, 403: errorBodySchema, 404: errorBodySchema, 409: errorBodySchema, 422: errorBodySchema };
const listSchema = z.object({ items: z.array(categoryDtoSchema) });

/** Statutes' settings and membership categories (colleges) with their dues. */
export function associationSettingsRoutes(app: App, ctx: AppContext): void {
  const tags = ['adhérents'];
  const context = (request: FastifyRequest) => requestContext(ctx, request);

  app.get(
    '/api/cpts/:id/association/settings',
    {
      schema: {
        tags,
        summary: 'Quorum, pouvoirs et majorité des statuts',
        params: cptsParams,
        response: { 200: associationSettingsSchema, ...errors },
      },
    },
    async (request) => getSettings(context(request), request.params.id),
  );

  app.put(
    '/api/cpts/:id/association/settings',
    { schema: { tags, params: cptsParams, body: associationSettingsSchema, response: { 200: associationSettingsSchema, ...errors } } },
    async (request) => saveSettings(context(request), request.params.id, request.body),
  );

  app.get(
    '/api/cpts/:id/membership-categories',
    { schema: { tags, summary: "Catégories d'adhésion (collèges)", params: cptsParams, response: { 200: listSchema, ...errors } } },
    async (request) => ({ items: await listCategories(context(request), request.params.id) }),
  );

  app.post(
    '/api/cpts/:id/membership-categories',
    { schema: { tags, params: cptsParams, body: categoryInputSchema, response: { 201: listSchema, ...errors } } },
    async (request, reply) => {
      const c = context(request);
      await createCategory(c, request.params.id, request.body);
      return reply.status(201).send({ items: await listCategories(c, request.params.id) });
    },
  );

  app.put(
    '/api/cpts/:id/membership-categories/:categoryId',
    { schema: { tags, params: categoryParams, body: categoryInputSchema, response: { 200: listSchema, ...errors } } },
    async (request) => {
      const c = context(request);
      await updateCategory(c, { cptsId: request.params.id, categoryId: request.params.categoryId }, request.body);
      return { items: await listCategories(c, request.params.id) };
    },
  );

  app.delete(
    '/api/cpts/:id/membership-categories/:categoryId',
    { schema: { tags, params: categoryParams, response: { 200: listSchema, ...errors } } },
    async (request) => {
      const c = context(request);
      await deleteCategory(c, request.params.id, request.params.categoryId);
      return { items: await listCategories(c, request.params.id) };
    },
  );
}
