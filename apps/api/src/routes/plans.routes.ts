import { createPlanSchema, errorBodySchema, planDtoSchema, regionCodeSchema, updatePlanSchema, uuidSchema } from '@maillon/contracts';
import type { FastifyRequest } from 'fastify';
import { z } from 'zod';
import type { AppContext } from '../context.ts';
import { territorialContext } from '../http/request-context.ts';
import type { App } from '../http/types.ts';
import { createPlan, listPlans, updatePlan } from '../use-cases/plans/plans.ts';

export function plansRoutes(app: App, ctx: AppContext): void {
  const tags = ['plan 100 % CPTS'];
  const errors = { 403: errorBodySchema, 404: errorBodySchema, 422: errorBodySchema };
  const context = (request: FastifyRequest) => territorialContext(ctx, request);

  app.get(
    '/api/plans',
    {
      schema: {
        tags,
        querystring: z.object({ region: regionCodeSchema }),
        response: { 200: z.object({ items: z.array(planDtoSchema) }), ...errors },
      },
    },
    async (request) => ({ items: await listPlans(await context(request), request.query.region) }),
  );

  app.post(
    '/api/plans',
    {
      schema: {
        tags,
        summary: "Crée un plan d'action pour une zone blanche",
        body: createPlanSchema,
        response: { 201: planDtoSchema, ...errors },
      },
    },
    async (request, reply) => reply.status(201).send(await createPlan(await context(request), request.body)),
  );

  app.put(
    '/api/plans/:id',
    { schema: { tags, params: z.object({ id: uuidSchema }), body: updatePlanSchema, response: { 200: planDtoSchema, ...errors } } },
    async (request) => updatePlan(await context(request), request.params.id, request.body),
  );
}
