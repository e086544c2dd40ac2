import { z } from 'zod';
import { uuidSchema } from '../common.ts';
import {
  engagementSummarySchema,
  invitationAnswerSchema,
  invitationCreatedSchema,
  invitationCreateSchema,
  invitationsSchema,
  nonMembersPageSchema,
  nonMembersQuerySchema,
  partnersSchema,
} from '../engagement.ts';
import { route } from './route.ts';

const tags = ['engagement'];
const params = z.object({ id: uuidSchema });
const errors = [401, 403, 404, 422] as const;
const exportQuery = nonMembersQuerySchema.omit({ offset: true, limit: true });

/** Engagement of the territory's professionals (issue #3 point 5): rates, professionals to invite, partners. */
export const engagementApi = {
  summary: route({
    method: 'GET',
    path: '/api/cpts/:id/engagement',
    tags,
    summary: 'Adhérents parmi les professionnels du territoire : par profession, par commune, dans le temps ; suivi des invitations',
    params,
    response: engagementSummarySchema,
    errors,
  }),
  nonMembers: route({
    method: 'GET',
    path: '/api/cpts/:id/engagement/non-members',
    tags,
    personalData: true,
    summary: 'Professionnels du territoire non adhérents, à inviter (équipe de coordination)',
    params,
    query: nonMembersQuerySchema,
    response: nonMembersPageSchema,
    errors,
  }),
  nonMembersCsv: route({
    method: 'GET',
    path: '/api/cpts/:id/engagement/non-members.csv',
    tags,
    personalData: true,
    summary: 'Professionnels à inviter en CSV (champs publics du RPPS)',
    params,
    query: exportQuery,
    file: true,
    errors,
  }),
  nonMembersXlsx: route({
    method: 'GET',
    path: '/api/cpts/:id/engagement/non-members.xlsx',
    tags,
    personalData: true,
    summary: 'Professionnels à inviter en XLSX (champs publics du RPPS)',
    params,
    query: exportQuery,
    file: true,
    errors,
  }),
  partners: route({
    method: 'GET',
    path: '/api/cpts/:id/engagement/partners',
    tags,
    summary: 'Partenaires du territoire (établissements, communes, EPCI, associations) et leur lien avec la CPTS',
    params,
    response: partnersSchema,
    errors,
  }),
} as const;

/** Invitations sent to professionals and partners of the territory, and their answers (issue #3 point 5). */
export const engagementInvitationsApi = {
  list: route({
    method: 'GET',
    path: '/api/cpts/:id/invitations',
    tags,
    personalData: true,
    summary: 'Invitations envoyées et leurs réponses',
    params,
    response: invitationsSchema,
    errors,
  }),
  record: route({
    method: 'POST',
    path: '/api/cpts/:id/invitations',
    tags,
    personalData: true,
    summary: 'Enregistre des invitations envoyées (en lot)',
    params,
    body: invitationCreateSchema,
    status: 201,
    response: invitationCreatedSchema,
    errors,
  }),
  answer: route({
    method: 'PUT',
    path: '/api/cpts/:id/invitations/:invitationId',
    tags,
    personalData: true,
    summary: 'Enregistre la réponse à une invitation (acceptée, déclinée) ou la rouvre',
    params: params.extend({ invitationId: uuidSchema }),
    body: invitationAnswerSchema,
    response: invitationsSchema,
    errors,
  }),
} as const;
