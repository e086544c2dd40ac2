import { z } from 'zod';
import { uuidSchema } from '../common.ts';
import {
  mySpecialistRequestsSchema,
  specialistAnswerSchema,
  specialistBookSchema,
  specialistIndicatorSchema,
  specialistRequestInputSchema,
  specialistRequestSchema,
  teamSpecialistRequestsSchema,
} from '../specialist-requests.ts';
import { cptsParams } from './association-params.ts';
import { route } from './route.ts';

const tags = ['avis spécialisés'];
const errors = [401, 403, 404, 409, 422] as const;
const params = z.object({ id: uuidSchema });

/**
 * Specialist consultations and opinions within a target delay (issue #10 item 6): the author,
 * the CPTS's specialists of the specialty and its coordination team see the pseudonymised
 * summary; ARS and CPAM see the indicator only (docs/reference/specialist-access.md §4).
 */
export const specialistRequestsApi = {
  mine: route({
    method: 'GET',
    path: '/api/specialist-requests',
    tags,
    personalData: true,
    summary: 'Demandes d’avis du médecin connecté et boîte de réception du spécialiste, avec ses créneaux dédiés',
    response: mySpecialistRequestsSchema,
    errors,
  }),
  post: route({
    method: 'POST',
    path: '/api/specialist-requests',
    tags,
    personalData: true,
    summary: 'Demande une consultation ou un avis spécialisé avec un délai cible (48 h, 7 jours, 1 mois)',
    body: specialistRequestInputSchema,
    response: specialistRequestSchema,
    status: 201,
    errors,
  }),
  answer: route({
    method: 'POST',
    path: '/api/specialist-requests/:id/answer',
    tags,
    personalData: true,
    summary: 'Le spécialiste rend son avis écrit (une seule fois)',
    params,
    body: specialistAnswerSchema,
    response: specialistRequestSchema,
    errors,
  }),
  book: route({
    method: 'POST',
    path: '/api/specialist-requests/:id/book',
    tags,
    personalData: true,
    summary: 'Le spécialiste réserve un de ses créneaux dédiés pour la consultation (une seule fois)',
    params,
    body: specialistBookSchema,
    response: specialistRequestSchema,
    errors,
  }),
  cancel: route({
    method: 'POST',
    path: '/api/specialist-requests/:id/cancel',
    tags,
    personalData: true,
    summary: 'Le médecin annule sa demande encore en attente',
    params,
    response: specialistRequestSchema,
    errors,
  }),
  ofCpts: route({
    method: 'GET',
    path: '/api/cpts/:id/specialist-requests',
    tags,
    personalData: true,
    summary: 'Demandes d’avis spécialisés de la CPTS et indicateur par spécialité (équipe de coordination)',
    params: cptsParams,
    response: teamSpecialistRequestsSchema,
    errors,
  }),
  indicator: route({
    method: 'GET',
    path: '/api/cpts/:id/specialist-requests/indicator',
    tags,
    summary: 'Part des demandes traitées dans le délai cible, par spécialité (comptes seulement : équipe, ARS, CPAM)',
    params: cptsParams,
    response: specialistIndicatorSchema,
    errors,
  }),
} as const;
