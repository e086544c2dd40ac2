import { z } from 'zod';
import { uuidSchema } from '../common.ts';
import {
  territoryProposalDecisionSchema,
  territoryProposalListSchema,
  territoryProposalQuerySchema,
  territoryProposalSchema,
  territoryProposalSubmitSchema,
} from '../territory-proposals.ts';
import { route } from './route.ts';

const tags = ['territory-proposals'];
const params = z.object({ id: uuidSchema });
const errors = [403, 404, 409, 422] as const;

/**
 * Territory proposals (docs/reference/cpts-lifecycle.md §3): after the letter of intent is
 * validated, or when communes of another region are added, a territory change waits for the
 * ARS of each region involved.
 */
export const territoryProposalsApi = {
  listOfCpts: route({
    method: 'GET',
    path: '/api/cpts/:id/territory/proposals',
    tags,
    summary: 'Historique des propositions de territoire de la CPTS',
    params,
    response: z.object({ items: z.array(territoryProposalSchema) }),
    errors,
  }),
  propose: route({
    method: 'POST',
    path: '/api/cpts/:id/territory/proposals',
    tags,
    summary: "Propose un territoire à l'ARS (remplace la proposition en attente de son auteur ; 409 si celle d'un autre attend)",
    params,
    body: territoryProposalSubmitSchema,
    status: 201,
    response: territoryProposalSchema,
    errors,
  }),
  listOfRegion: route({
    method: 'GET',
    path: '/api/territory-proposals',
    tags,
    summary: 'Propositions de territoire d’une région (ses CPTS, ou ses communes demandées), avec les nombres en attente',
    query: territoryProposalQuerySchema,
    response: territoryProposalListSchema,
    errors,
  }),
  get: route({
    method: 'GET',
    path: '/api/territory-proposals/:id',
    tags,
    summary: 'Une proposition de territoire',
    params,
    response: territoryProposalSchema,
    errors,
  }),
  decide: route({
    method: 'POST',
    path: '/api/territory-proposals/:id/decisions',
    tags,
    summary: "Accepte ou refuse une proposition pour sa région (ARS ; l'administration pour toute région)",
    params,
    body: territoryProposalDecisionSchema,
    response: territoryProposalSchema,
    errors,
  }),
  withdraw: route({
    method: 'POST',
    path: '/api/territory-proposals/:id/withdrawal',
    tags,
    summary: 'Retire une proposition en attente (son auteur)',
    params,
    response: territoryProposalSchema,
    errors,
  }),
} as const;
