import { errorBodySchema, PERSONAL_DATA_TAG, portalSchema } from '@maillon/contracts';
import type { AppContext } from '../context.ts';
import { requestContext } from '../http/request-context.ts';
import type { App } from '../http/types.ts';
import { memberPortal } from '../use-cases/portal/member-portal.ts';

/** The member portal: what a signed-in professional sees about their own memberships. */
export function portalRoutes(app: App, ctx: AppContext): void {
  app.get(
    '/api/portal',
    {
      schema: {
        tags: ['portal', PERSONAL_DATA_TAG],
        summary: 'Espace adhérent : CPTS, adhésions, cotisations et assemblées de l’utilisateur connecté',
        response: { 200: portalSchema, 401: errorBodySchema },
      },
    },
    async (request) => memberPortal(requestContext(ctx, request)),
  );
}
