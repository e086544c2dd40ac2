import { aciApi } from './aci.api.ts';
import { cptsApi } from './cpts.api.ts';
import { territoryProposalsApi } from './territory-proposals.api.ts';

/**
 * The one route table of the API, by area: each endpoint is declared once here (method, path,
 * params, query, body, answer, errors, personal-data tag). The API registers a handler for
 * every one of them (apps/api/src/http/register-routes.ts, checked at compile time) and the web
 * client calls them through it (apps/web/src/api/client.ts).
 */
export const endpoints = {
  aci: aciApi,
  cpts: cptsApi,
  territoryProposals: territoryProposalsApi,
} as const;

export type Endpoints = typeof endpoints;
