import { z } from 'zod';
import { uuidSchema } from '../common.ts';
import {
  myProRequestsSchema,
  proRequestDeclineSchema,
  proRequestDetailSchema,
  proRequestFiguresSchema,
  proRequestInputSchema,
  teamProRequestsSchema,
} from '../pro-requests.ts';
import { cptsParams } from './association-params.ts';
import { route } from './route.ts';

const tags = ['demandes entre professionnels'];
const errors = [401, 403, 404, 409, 422] as const;
const params = z.object({ id: uuidSchema });

/**
 * Requests between professionals (issue #10 item 5): the author and the professionals it is
 * offered to see the pseudonymised summary; the coordination team sees its CPTS's requests;
 * ARS and CPAM see counts only (docs/reference/pro-requests.md §6).
 */
export const proRequestsApi = {
  mine: route({
    method: 'GET',
    path: '/api/pro-requests',
    tags,
    personalData: true,
    summary: 'Demandes publiées et reçues par le professionnel connecté',
    response: myProRequestsSchema,
    errors,
  }),
  post: route({
    method: 'POST',
    path: '/api/pro-requests',
    tags,
    personalData: true,
    summary: 'Publie une demande à un professionnel de la CPTS (d’abord au professionnel habituel s’il est désigné)',
    body: proRequestInputSchema,
    response: proRequestDetailSchema,
    status: 201,
    errors,
  }),
  detail: route({
    method: 'GET',
    path: '/api/pro-requests/:id',
    tags,
    personalData: true,
    summary: 'Une demande et son historique (auteur, destinataires, équipe de coordination)',
    params,
    response: proRequestDetailSchema,
    errors,
  }),
  accept: route({
    method: 'POST',
    path: '/api/pro-requests/:id/accept',
    tags,
    personalData: true,
    summary: 'Accepte la demande : le premier qui accepte la prend, une seule fois',
    params,
    response: proRequestDetailSchema,
    errors,
  }),
  decline: route({
    method: 'POST',
    path: '/api/pro-requests/:id/decline',
    tags,
    personalData: true,
    summary: 'Décline la demande, avec un motif',
    params,
    body: proRequestDeclineSchema,
    response: proRequestDetailSchema,
    errors,
  }),
  cancel: route({
    method: 'POST',
    path: '/api/pro-requests/:id/cancel',
    tags,
    personalData: true,
    summary: 'L’auteur annule sa demande encore ouverte',
    params,
    response: proRequestDetailSchema,
    errors,
  }),
  ofCpts: route({
    method: 'GET',
    path: '/api/cpts/:id/pro-requests',
    tags,
    personalData: true,
    summary: 'Demandes entre professionnels de la CPTS et leurs chiffres (équipe de coordination)',
    params: cptsParams,
    response: teamProRequestsSchema,
    errors,
  }),
  figures: route({
    method: 'GET',
    path: '/api/cpts/:id/pro-requests/figures',
    tags,
    summary: 'Chiffres des demandes entre professionnels (comptes seulement : équipe, ARS, CPAM)',
    params: cptsParams,
    response: proRequestFiguresSchema,
    errors,
  }),
} as const;
