import { z } from 'zod';
import { bodyDtoSchema, bodyInputSchema, bodyUpdateSchema, mandateInputSchema, mandateUpdateSchema } from '../association-governance.ts';
import { uuidSchema } from '../common.ts';
import { cptsParams, associationErrors as errors } from './association-params.ts';
import { route } from './route.ts';

const tags = ['gouvernance'];
const bodyParams = cptsParams.extend({ bodyId: uuidSchema });
const mandateParams = cptsParams.extend({ mandateId: uuidSchema });
/** Every change answers the bodies with their mandates, as the list does. */
const bodyList = z.object({ items: z.array(bodyDtoSchema) });

/** Bodies (bureau, board, committees, groups) and mandates, with composition rules (issue #3, "Governance"). */
export const associationGovernanceApi = {
  bodies: route({
    method: 'GET',
    path: '/api/cpts/:id/bodies',
    tags,
    personalData: true,
    summary: 'Instances et mandats',
    params: cptsParams,
    response: bodyList,
    errors,
  }),
  createBody: route({
    method: 'POST',
    path: '/api/cpts/:id/bodies',
    tags,
    personalData: true,
    summary: 'Crée une instance',
    params: cptsParams,
    body: bodyInputSchema,
    status: 201,
    response: bodyList,
    errors,
  }),
  updateBody: route({
    method: 'PUT',
    path: '/api/cpts/:id/bodies/:bodyId',
    tags,
    personalData: true,
    summary: 'Renomme une instance ou enregistre sa fin (ses mandats en cours prennent fin)',
    params: bodyParams,
    body: bodyUpdateSchema,
    response: bodyList,
    errors,
  }),
  deleteBody: route({
    method: 'DELETE',
    path: '/api/cpts/:id/bodies/:bodyId',
    tags,
    personalData: true,
    summary: 'Supprime une instance sans mandat',
    params: bodyParams,
    response: bodyList,
    errors,
  }),
  addMandate: route({
    method: 'POST',
    path: '/api/cpts/:id/bodies/:bodyId/mandates',
    tags,
    personalData: true,
    summary: 'Confie un mandat (adhérent actif ; votant pour le bureau et le conseil ; un seul président)',
    params: bodyParams,
    body: mandateInputSchema,
    status: 201,
    response: bodyList,
    errors,
  }),
  updateMandate: route({
    method: 'PUT',
    path: '/api/cpts/:id/mandates/:mandateId',
    tags,
    personalData: true,
    summary: 'Modifie ou termine un mandat',
    params: mandateParams,
    body: mandateUpdateSchema,
    response: bodyList,
    errors,
  }),
  deleteMandate: route({
    method: 'DELETE',
    path: '/api/cpts/:id/mandates/:mandateId',
    tags,
    personalData: true,
    summary: 'Supprime un mandat saisi par erreur',
    params: mandateParams,
    response: bodyList,
    errors,
  }),
} as const;
