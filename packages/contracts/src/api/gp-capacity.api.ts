import { capacityInputSchema, gpSelfSchema, teamCapacitiesSchema } from '../mt-matching.ts';
import { cptsParams } from './association-params.ts';
import { route } from './route.ts';

const tags = ['médecin traitant'];
const errors = [401, 403, 404, 409, 422] as const;

/**
 * GP capacity (issue #9 item 3): the GP declares it for the CPTS of their practice; the
 * coordination team of that CPTS reads it. Nobody else does (docs/reference/mt-matching.md §1).
 */
export const gpCapacityApi = {
  mine: route({
    method: 'GET',
    path: '/api/gp/capacity',
    tags,
    personalData: true,
    summary: 'Capacité d’accueil déclarée par le médecin connecté, pour chaque CPTS de son lieu d’exercice',
    response: gpSelfSchema,
    errors,
  }),
  declare: route({
    method: 'PUT',
    path: '/api/gp/capacity/:id',
    tags,
    personalData: true,
    summary: 'Le médecin connecté déclare à une CPTS combien de nouveaux patients il peut accueillir, et ses contraintes',
    params: cptsParams,
    body: capacityInputSchema,
    response: gpSelfSchema,
    errors,
  }),
  ofCpts: route({
    method: 'GET',
    path: '/api/cpts/:id/mt/capacities',
    tags,
    personalData: true,
    summary: 'Capacités d’accueil déclarées à la CPTS (équipe de coordination seulement)',
    params: cptsParams,
    response: teamCapacitiesSchema,
    errors,
  }),
} as const;
