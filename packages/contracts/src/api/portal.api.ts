import { portalSchema } from '../portal.ts';
import { route } from './route.ts';

/** The member portal: what a signed-in professional sees about their own memberships. */
export const portalApi = {
  get: route({
    method: 'GET',
    path: '/api/portal',
    tags: ['portal'],
    personalData: true,
    summary: 'Espace adhérent : CPTS, adhésions, cotisations et assemblées de l’utilisateur connecté',
    response: portalSchema,
    errors: [401],
  }),
} as const;
