import {
  assemblyDetailSchema,
  assemblySummarySchema,
  attendanceUpdateSchema,
  closeAssemblySchema,
  convokeAssemblySchema,
  errorBodySchema,
  PERSONAL_DATA_TAG,
  uuidSchema,
  voteInputSchema,
} from '@maillon/contracts';
import type { FastifyRequest } from 'fastify';
import { z } from 'zod';
import type { AppContext } from '../context.ts';
import { PDF_TYPE, sendDownload } from '../http/downloads.ts';
import { requestContext } from '../http/request-context.ts';
import type { App } from '../http/types.ts';
import { closeAssembly, convokeAssembly, recordVote, updateAttendance } from '../use-cases/association/assemblies-commands.ts';
import { assemblyDetail, assemblyMinutes, listAssemblies } from '../use-cases/association/assemblies-queries.ts';

const cptsParams = z.object({ id: uuidSchema });
const assemblyParams = cptsParams.extend({ assemblyId: uuidSchema });
const errors = { 401: errorBodySchema, 403: errorBodySchema, 404: errorBodySchema, 409: errorBodySchema, 422: errorBodySchema };

/** General assemblies: convocation, attendance and proxies with live quorum, votes, close, minutes (issue #3). */
export function associationAssembliesRoutes(app: App, ctx: AppContext): void {
  const tags = ['assemblées générales'];
  const personal = [...tags, PERSONAL_DATA_TAG];
  const context = (request: FastifyRequest) => requestContext(ctx, request);
  const target = (params: z.infer<typeof assemblyParams>) => ({ cptsId: params.id, assemblyId: params.assemblyId });

  app.get(
    '/api/cpts/:id/assemblies',
    { schema: { tags, params: cptsParams, response: { 200: z.object({ items: z.array(assemblySummarySchema) }), ...errors } } },
    async (request) => ({ items: await listAssemblies(context(request), request.params.id) }),
  );

  app.post(
    '/api/cpts/:id/assemblies',
    {
      schema: {
        tags: personal,
        summary: 'Convoque une assemblée : ordre du jour, résolutions, liste des votants figée',
        params: cptsParams,
        body: convokeAssemblySchema,
        response: { 201: assemblyDetailSchema, ...errors },
      },
    },
    async (request, reply) => {
      const c = context(request);
      const assemblyId = await convokeAssembly(c, request.params.id, request.body);
      return reply.status(201).send(await assemblyDetail(c, { cptsId: request.params.id, assemblyId }));
    },
  );

  app.get(
    '/api/cpts/:id/assemblies/:assemblyId',
    { schema: { tags: personal, params: assemblyParams, response: { 200: assemblyDetailSchema, ...errors } } },
    async (request) => assemblyDetail(context(request), target(request.params)),
  );

  app.put(
    '/api/cpts/:id/assemblies/:assemblyId/attendance',
    {
      schema: {
        tags: personal,
        summary: 'Présences et pouvoirs ; la réponse porte le quorum recalculé',
        params: assemblyParams,
        body: attendanceUpdateSchema,
        response: { 200: assemblyDetailSchema, ...errors },
      },
    },
    async (request) => updateAttendance(context(request), target(request.params), request.body),
  );

  app.put(
    '/api/cpts/:id/assemblies/:assemblyId/resolutions/:resolutionId/vote',
    {
      schema: {
        tags: personal,
        summary: "Enregistre le vote d'une résolution (pour, contre, abstention) selon sa règle de majorité",
        params: assemblyParams.extend({ resolutionId: uuidSchema }),
        body: voteInputSchema,
        response: { 200: assemblyDetailSchema, ...errors },
      },
    },
    async (request) => recordVote(context(request), { ...target(request.params), resolutionId: request.params.resolutionId }, request.body),
  );

  app.post(
    '/api/cpts/:id/assemblies/:assemblyId/close',
    {
      schema: {
        tags: personal,
        summary: "Clôt l'assemblée ; une assemblée constitutive crée le premier bureau et le premier conseil",
        params: assemblyParams,
        body: closeAssemblySchema,
        response: { 200: assemblyDetailSchema, ...errors },
      },
    },
    async (request) => closeAssembly(context(request), target(request.params), request.body),
  );

  app.get(
    '/api/cpts/:id/assemblies/:assemblyId/minutes.pdf',
    { schema: { tags: personal, summary: 'Procès-verbal avec les résultats (PDF)', params: assemblyParams, response: errors } },
    async (request, reply) => {
      const { pdf, fileName } = await assemblyMinutes(context(request), target(request.params));
      return sendDownload(reply, { name: fileName, type: PDF_TYPE, body: pdf });
    },
  );
}
