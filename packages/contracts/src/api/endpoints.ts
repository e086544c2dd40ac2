import { aciApi } from './aci.api.ts';
import { associationAssembliesApi } from './association-assemblies.api.ts';
import { associationGovernanceApi } from './association-governance.api.ts';
import { associationMembersApi } from './association-members.api.ts';
import { associationSettingsApi } from './association-settings.api.ts';
import { cptsApi } from './cpts.api.ts';
import { gpCapacityApi } from './gp-capacity.api.ts';
import { mtMatchingApi } from './mt-matching.api.ts';
import { mtRequestsApi } from './mt-requests.api.ts';
import { portalApi } from './portal.api.ts';
import { territoryProposalsApi } from './territory-proposals.api.ts';

/**
 * The one route table of the API, by area: each endpoint is declared once here (method, path,
 * params, query, body, answer, errors, personal-data tag). The API registers a handler for
 * every one of them (apps/api/src/http/register-routes.ts, checked at compile time) and the web
 * client calls them through it (apps/web/src/api/client.ts).
 */
export const endpoints = {
  aci: aciApi,
  associationAssemblies: associationAssembliesApi,
  associationGovernance: associationGovernanceApi,
  associationMembers: associationMembersApi,
  associationSettings: associationSettingsApi,
  cpts: cptsApi,
  gpCapacity: gpCapacityApi,
  mtMatching: mtMatchingApi,
  mtRequests: mtRequestsApi,
  portal: portalApi,
  territoryProposals: territoryProposalsApi,
} as const;

export type Endpoints = typeof endpoints;
