import type { territoryProposalsApi } from '@maillon/contracts';
import type { AppContext } from '../context.ts';
import type { Handlers } from '../http/register-routes.ts';
import { territorialUseCaseContext } from '../http/request-context.ts';
import { proposeTerritory } from '../use-cases/territory/change-territory.ts';
import { decideProposal, withdrawProposal } from '../use-cases/territory/proposal-decisions.ts';
import { getProposal, listCptsProposals, listRegionProposals } from '../use-cases/territory/proposal-queries.ts';

/** Territory proposals (routes declared in packages/contracts/src/api/territory-proposals.api.ts). */
export function territoryProposalsHandlers(ctx: AppContext): Handlers<typeof territoryProposalsApi> {
  const context = (request: Parameters<typeof territorialUseCaseContext>[1]) => territorialUseCaseContext(ctx, request);
  return {
    listOfCpts: async ({ params }, request) => ({ items: await listCptsProposals(await context(request), params.id) }),
    propose: async ({ params, body }, request) => {
      const c = await context(request);
      return getProposal(c, await proposeTerritory(c, params.id, body));
    },
    listOfRegion: async ({ query }, request) => listRegionProposals(await context(request), query.region, query.status),
    get: async ({ params }, request) => getProposal(await context(request), params.id),
    decide: async ({ params, body }, request) => {
      const c = await context(request);
      await decideProposal(c, params.id, body);
      return getProposal(c, params.id);
    },
    withdraw: async ({ params }, request) => {
      const c = await context(request);
      await withdrawProposal(c, params.id);
      return getProposal(c, params.id);
    },
  };
}
