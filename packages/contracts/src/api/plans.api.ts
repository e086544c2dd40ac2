import { z } from 'zod';
import { regionCodeSchema, uuidSchema } from '../common.ts';
import { createPlanSchema, planDtoSchema, updatePlanSchema } from '../plans.ts';
import { route } from './route.ts';

const tags = ['plan 100 % CPTS'];
const errors = [403, 404, 422] as const;

/** The « 100 % CPTS » plan: an action plan per white zone of a region. */
export const plansApi = {
  list: route({
    method: 'GET',
    path: '/api/plans',
    tags,
    summary: "Plans d'action de la région",
    query: z.object({ region: regionCodeSchema }),
    response: z.object({ items: z.array(planDtoSchema) }),
    errors,
  }),
  create: route({
    method: 'POST',
    path: '/api/plans',
    tags,
    summary: "Crée un plan d'action pour une zone blanche",
    body: createPlanSchema,
    status: 201,
    response: planDtoSchema,
    errors,
  }),
  update: route({
    method: 'PUT',
    path: '/api/plans/:id',
    tags,
    summary: "Modifie un plan d'action",
    params: z.object({ id: uuidSchema }),
    body: updatePlanSchema,
    response: planDtoSchema,
    errors,
  }),
};
