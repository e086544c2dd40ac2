import { aciApi } from './aci.api.ts';
import { aciAssessmentApi } from './aci-assessment.api.ts';
import { associationAssembliesApi } from './association-assemblies.api.ts';
import { associationGovernanceApi } from './association-governance.api.ts';
import { associationMembersApi } from './association-members.api.ts';
import { associationSettingsApi } from './association-settings.api.ts';
import { auditApi } from './audit.api.ts';
import { accountSessionsApi, authApi, oidcApi, systemApi } from './auth.api.ts';
import { coverageApi } from './coverage.api.ts';
import { cptsApi } from './cpts.api.ts';
import { diagnosticApi } from './diagnostic.api.ts';
import { directoryImportsApi } from './directory-imports.api.ts';
import { engagementApi, engagementInvitationsApi } from './engagement.api.ts';
import { geoApi } from './geo.api.ts';
import { gpCapacityApi } from './gp-capacity.api.ts';
import { mtMatchingApi } from './mt-matching.api.ts';
import { mtRequestsApi } from './mt-requests.api.ts';
import { plansApi } from './plans.api.ts';
import { portalApi } from './portal.api.ts';
import { proRequestsApi } from './pro-requests.api.ts';
import { registryApi } from './registry.api.ts';
import { slotBookingApi } from './slot-booking.api.ts';
import { slotsApi } from './slots.api.ts';
import { specialistRequestsApi } from './specialist-requests.api.ts';
import { territoryProposalsApi } from './territory-proposals.api.ts';

/**
 * The one route table of the API, by area: each endpoint is declared once here (method, path,
 * params, query, body, answer, errors, personal-data tag). The API registers a handler for
 * every one of them (apps/api/src/http/register-routes.ts, checked at compile time) and the web
 * client calls them through it (apps/web/src/api/client.ts).
 */
export const endpoints = {
  accountSessions: accountSessionsApi,
  aci: aciApi,
  aciAssessment: aciAssessmentApi,
  associationAssemblies: associationAssembliesApi,
  associationGovernance: associationGovernanceApi,
  associationMembers: associationMembersApi,
  associationSettings: associationSettingsApi,
  audit: auditApi,
  auth: authApi,
  coverage: coverageApi,
  cpts: cptsApi,
  gpCapacity: gpCapacityApi,
  mtMatching: mtMatchingApi,
  diagnostic: diagnosticApi,
  directoryImports: directoryImportsApi,
  engagement: engagementApi,
  engagementInvitations: engagementInvitationsApi,
  geo: geoApi,
  mtRequests: mtRequestsApi,
  oidc: oidcApi,
  plans: plansApi,
  portal: portalApi,
  proRequests: proRequestsApi,
  registry: registryApi,
  slots: slotsApi,
  slotBooking: slotBookingApi,
  specialistRequests: specialistRequestsApi,
  system: systemApi,
  territoryProposals: territoryProposalsApi,
} as const;

export type Endpoints = typeof endpoints;
