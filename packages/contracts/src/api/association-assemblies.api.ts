import { z } from 'zod';
import {
  assemblyDetailSchema,
  assemblySummarySchema,
  attendanceUpdateSchema,
  closeAssemblySchema,
  convokeAssemblySchema,
  voteInputSchema,
} from '../association-assemblies.ts';
import { uuidSchema } from '../common.ts';
import { cptsParams, associationErrors as errors } from './association-params.ts';
import { route } from './route.ts';

const tags = ['assemblées générales'];
const assemblyParams = cptsParams.extend({ assemblyId: uuidSchema });

/** General assemblies: convocation, attendance and proxies with live quorum, votes, close, minutes (issue #3). */
export const associationAssembliesApi = {
  list: route({
    method: 'GET',
    path: '/api/cpts/:id/assemblies',
    tags,
    summary: 'Assemblées générales de la CPTS, avec le nombre de résolutions adoptées',
    params: cptsParams,
    response: z.object({ items: z.array(assemblySummarySchema) }),
    errors,
  }),
  convoke: route({
    method: 'POST',
    path: '/api/cpts/:id/assemblies',
    tags,
    personalData: true,
    summary: 'Convoque une assemblée : ordre du jour, résolutions, liste des votants figée',
    params: cptsParams,
    body: convokeAssemblySchema,
    status: 201,
    response: assemblyDetailSchema,
    errors,
  }),
  get: route({
    method: 'GET',
    path: '/api/cpts/:id/assemblies/:assemblyId',
    tags,
    personalData: true,
    summary: 'Une assemblée : votants et présences, quorum, résolutions et leurs résultats',
    params: assemblyParams,
    response: assemblyDetailSchema,
    errors,
  }),
  attendance: route({
    method: 'PUT',
    path: '/api/cpts/:id/assemblies/:assemblyId/attendance',
    tags,
    personalData: true,
    summary: 'Présences et pouvoirs ; la réponse porte le quorum recalculé',
    params: assemblyParams,
    body: attendanceUpdateSchema,
    response: assemblyDetailSchema,
    errors,
  }),
  vote: route({
    method: 'PUT',
    path: '/api/cpts/:id/assemblies/:assemblyId/resolutions/:resolutionId/vote',
    tags,
    personalData: true,
    summary: "Enregistre le vote d'une résolution (pour, contre, abstention) selon sa règle de majorité",
    params: assemblyParams.extend({ resolutionId: uuidSchema }),
    body: voteInputSchema,
    response: assemblyDetailSchema,
    errors,
  }),
  close: route({
    method: 'POST',
    path: '/api/cpts/:id/assemblies/:assemblyId/close',
    tags,
    personalData: true,
    summary: "Clôt l'assemblée ; une assemblée constitutive crée le premier bureau et le premier conseil",
    params: assemblyParams,
    body: closeAssemblySchema,
    response: assemblyDetailSchema,
    errors,
  }),
  minutes: route({
    method: 'GET',
    path: '/api/cpts/:id/assemblies/:assemblyId/minutes.pdf',
    tags,
    personalData: true,
    summary: 'Procès-verbal avec les résultats (PDF)',
    params: assemblyParams,
    file: true,
    errors,
  }),
} as const;
