import {
  addMemberSchema,
  directoryHitSchema,
  duesDtoSchema,
  duesPaymentSchema,
  errorBodySchema,
  lineSchema,
  memberDecisionSchema,
  memberDetailSchema,
  memberLeaveSchema,
  memberListQuerySchema,
  memberListSchema,
  membershipRequestSchema,
  membersSummarySchema,
  memberUpdateSchema,
  PERSONAL_DATA_TAG,
  uuidSchema,
} from '@maillon/contracts';
import type { FastifyRequest } from 'fastify';
import { z } from 'zod';
import type { AppContext } from '../context.ts';
import { PDF_TYPE, sendDownload } from '../http/downloads.ts';
import { requestContext } from '../http/request-context.ts';
import type { App } from '../http/types.ts';
import { searchDirectory } from '../use-cases/association/directory-search.ts';
import { duesReceipt, recordDues } from '../use-cases/association/dues.ts';
import { addMember, decideMembership, requestMembership, updateMember } from '../use-cases/association/members-commands.ts';
import { listMembers, memberDetail, membersSummary } from '../use-cases/association/members-queries.ts';

const cptsParams = z.object({ id: uuidSchema });
const memberParams = cptsParams.extend({ memberId: uuidSchema });
const duesParams = memberParams.extend({ year: z.coerce.number().int().min(2000).max(2100) });
const errors = { 401: errorBodySchema, 403: errorBodySchema, 404: errorBodySchema, 409: errorBodySchema, 422: errorBodySchema };

/** Members, membership requests and decisions, dues and receipts (issue #3, "Members"). */
export function associationMembersRoutes(app: App, ctx: AppContext): void {
  const tags = ['adhérents'];
  const personal = [...tags, PERSONAL_DATA_TAG];
  const context = (request: FastifyRequest) => requestContext(ctx, request);

  app.get(
    '/api/cpts/:id/members',
    {
      schema: {
        tags: personal,
        summary: "Adhérents de la CPTS, avec catégorie et cotisation de l'année (équipe de coordination ; ARS/CPAM : voir /summary)",
        params: cptsParams,
        querystring: memberListQuerySchema,
        response: { 200: memberListSchema, ...errors },
      },
    },
    async (request) => listMembers(context(request), request.params.id, request.query),
  );

  app.get(
    '/api/cpts/:id/members/summary',
    {
      schema: {
        tags,
        summary: 'Effectifs et taux (sans nom ni coordonnées) : ARS, CPAM et équipe de coordination',
        params: cptsParams,
        response: { 200: membersSummarySchema, ...errors },
      },
    },
    async (request) => membersSummary(context(request), request.params.id),
  );

  app.post(
    '/api/cpts/:id/members',
    {
      schema: {
        tags: personal,
        summary: 'Ajoute un adhérent (professionnel du RPPS ou structure), ou enregistre une demande reçue',
        params: cptsParams,
        body: addMemberSchema,
        response: { 201: memberDetailSchema, ...errors },
      },
    },
    async (request, reply) => {
      const c = context(request);
      const memberId = await addMember(c, request.params.id, request.body);
      return reply.status(201).send(await memberDetail(c, request.params.id, memberId));
    },
  );

  app.post(
    '/api/cpts/:id/members/requests',
    {
      schema: {
        tags: personal,
        summary: 'Un professionnel connecté (identifiant national connu) demande à adhérer à la CPTS',
        params: cptsParams,
        body: membershipRequestSchema,
        response: {
          201: z.object({ memberId: z.string(), cptsId: z.string(), cptsName: z.string(), status: z.literal('requested') }),
          ...errors,
        },
      },
    },
    async (request, reply) => {
      const { memberId, cpts } = await requestMembership(context(request), request.params.id, request.body);
      return reply.status(201).send({ memberId, cptsId: cpts.id, cptsName: cpts.name, status: 'requested' as const });
    },
  );

  app.get(
    '/api/cpts/:id/members/:memberId',
    { schema: { tags: personal, params: memberParams, response: { 200: memberDetailSchema, ...errors } } },
    async (request) => memberDetail(context(request), request.params.id, request.params.memberId),
  );

  app.put(
    '/api/cpts/:id/members/:memberId',
    {
      schema: {
        tags: personal,
        summary: 'Change la catégorie ou les coordonnées',
        params: memberParams,
        body: memberUpdateSchema,
        response: { 200: memberDetailSchema, ...errors },
      },
    },
    async (request) => {
      const c = context(request);
      await updateMember(c, { cptsId: request.params.id, memberId: request.params.memberId }, request.body);
      return memberDetail(c, request.params.id, request.params.memberId);
    },
  );

  app.post(
    '/api/cpts/:id/members/:memberId/decision',
    {
      schema: {
        tags: personal,
        summary: "Valide (dans une catégorie) ou refuse une demande d'adhésion",
        params: memberParams,
        body: memberDecisionSchema,
        response: { 200: memberDetailSchema, ...errors },
      },
    },
    async (request) => {
      const c = context(request);
      await decideMembership(c, { cptsId: request.params.id, memberId: request.params.memberId }, request.body);
      return memberDetail(c, request.params.id, request.params.memberId);
    },
  );

  app.post(
    '/api/cpts/:id/members/:memberId/leave',
    {
      schema: {
        tags: personal,
        summary: "Enregistre le départ d'un adhérent (ses mandats prennent fin)",
        params: memberParams,
        body: memberLeaveSchema,
        response: { 200: memberDetailSchema, ...errors },
      },
    },
    async (request) => {
      const c = context(request);
      await decideMembership(c, { cptsId: request.params.id, memberId: request.params.memberId }, { decision: 'leave', ...request.body });
      return memberDetail(c, request.params.id, request.params.memberId);
    },
  );

  app.put(
    '/api/cpts/:id/members/:memberId/dues/:year',
    {
      schema: {
        tags: personal,
        summary: 'Enregistre (ou annule avec paidOn null) le paiement de la cotisation ; attribue le numéro de reçu',
        params: duesParams,
        body: duesPaymentSchema,
        response: { 200: duesDtoSchema, ...errors },
      },
    },
    async (request) => recordDues(context(request), { cptsId: request.params.id, ...request.params }, request.body),
  );

  app.get(
    '/api/cpts/:id/members/:memberId/dues/:year/receipt.pdf',
    { schema: { tags: personal, summary: 'Reçu de cotisation (PDF)', params: duesParams, response: errors } },
    async (request, reply) => {
      const { pdf, fileName } = await duesReceipt(context(request), { cptsId: request.params.id, ...request.params });
      return sendDownload(reply, { name: fileName, type: PDF_TYPE, body: pdf });
    },
  );

  app.get(
    '/api/cpts/:id/directory/search',
    {
      schema: {
        tags: personal,
        summary: "Recherche dans l'annuaire national (nom ou RPPS), praticiens du territoire d'abord",
        params: cptsParams,
        querystring: z.object({ q: lineSchema(100).trim().min(2, 'Au moins 2 caractères.') }),
        response: { 200: z.object({ items: z.array(directoryHitSchema) }), ...errors },
      },
    },
    async (request) => ({ items: await searchDirectory(context(request), request.params.id, request.query.q) }),
  );
}
