import { type ChangePasswordRequest, type ClientInput, type CptsIdentityInput, type CreateCptsInput, endpoints } from '@maillon/contracts';
import { call } from './client.ts';

/** Where a dashboard looks: a region, one of its départements, or France (admin only). */
export interface Scope {
  region: string | null;
  departement: string | null;
}

/** The query of a scope: a département when one is chosen, else the region (none for France). */
function scopeQuery(scope: Scope): { region?: string; departement?: string } {
  if (scope.departement) return { departement: scope.departement };
  return scope.region ? { region: scope.region } : {};
}

const signIn = { allowUnauthorized: true } as const;

/** Sign-in and the session (routes of packages/contracts/src/api/auth.api.ts). */
export const authApi = {
  login: (email: string, password: string, options: { closeOtherSessions?: boolean } = {}) =>
    call(endpoints.auth.login, { body: { email, password, ...options } }, signIn),
  logout: () => call(endpoints.auth.logout, {}, signIn),
  me: () => call(endpoints.auth.me, {}, signIn),
  options: () => call(endpoints.auth.options, {}, signIn),
};

/** The signed-in user's sessions and password (« Sessions actives »). */
export const accountApi = {
  sessions: () => call(endpoints.accountSessions.list),
  closeSession: (id: string) => call(endpoints.accountSessions.revoke, { params: { id } }),
  closeOtherSessions: () => call(endpoints.accountSessions.revokeOthers),
  // A wrong current password is a 422 on the field, never a 401 that would sign the user out.
  changePassword: (input: ChangePasswordRequest) => call(endpoints.accountSessions.changePassword, { body: input }),
};

export const systemApi = {
  health: () => call(endpoints.system.health, {}, signIn),
};

/** The reference geography (routes of packages/contracts/src/api/geo.api.ts). */
export const geoApi = {
  regions: () => call(endpoints.geo.regions),
  departements: (region: string) => call(endpoints.geo.departements, { query: { region } }),
  searchUnits: (q: string, region: string | null, signal?: AbortSignal) =>
    call(endpoints.geo.searchUnits, { query: { q, region: region ?? undefined } }, signal ? { signal } : {}),
  epcis: (region: string) => call(endpoints.geo.epcis, { query: { region } }),
  groupUnits: (group: { epci: string } | { departement: string }) => call(endpoints.geo.groupUnits, { query: group }),
  shapes: (scope: Scope) => call(endpoints.geo.shapes, { query: scopeQuery(scope) }),
  status: () => call(endpoints.geo.status),
};

/** The observatory (routes of packages/contracts/src/api/coverage.api.ts). */
export const coverageApi = {
  coverage: (scope: Scope) => call(endpoints.coverage.coverage, { query: scopeQuery(scope) }),
  units: (scope: Scope) => call(endpoints.coverage.units, { query: scopeQuery(scope) }),
};

/** The CPTS registry (routes of packages/contracts/src/api/cpts.api.ts). */
export const cptsApi = {
  list: (region: string | null) => call(endpoints.cpts.list, { query: { region: region ?? undefined } }),
  create: (input: CreateCptsInput) => call(endpoints.cpts.create, { body: input }),
  get: (id: string) => call(endpoints.cpts.get, { params: { id } }),
  updateIdentity: (id: string, input: CptsIdentityInput) => call(endpoints.cpts.updateIdentity, { params: { id }, body: input }),
  previewTerritory: (id: string, units: string[], signal?: AbortSignal) =>
    call(endpoints.cpts.previewTerritory, { params: { id }, body: { units } }, signal ? { signal } : {}),
  saveTerritory: (id: string, units: string[]) => call(endpoints.cpts.replaceTerritory, { params: { id }, body: { units } }),
  transition: (id: string, input: ClientInput<typeof endpoints.cpts.transition>['body']) =>
    call(endpoints.cpts.transition, { params: { id }, body: input }),
  updateMission: (id: string, mission: ClientInput<typeof endpoints.cpts.recordMilestone>['params']['mission'], input: MilestoneInput) =>
    call(endpoints.cpts.recordMilestone, { params: { id, mission }, body: input }),
};

export interface MilestoneInput {
  startedOn?: string | null;
  deployedOn?: string | null;
}

/** What the plan form sends (the body of an update; a creation adds the region and the zone). */
export type PlanInput = ClientInput<typeof endpoints.plans.update>['body'];
export type PlanModality = PlanInput['modality'];
export type PlanStatus = PlanInput['status'];

/** The « 100 % CPTS » plans (routes of packages/contracts/src/api/plans.api.ts). */
export const plansApi = {
  list: (region: string) => call(endpoints.plans.list, { query: { region } }),
  create: (input: ClientInput<typeof endpoints.plans.create>['body']) => call(endpoints.plans.create, { body: input }),
  update: (id: string, input: PlanInput) => call(endpoints.plans.update, { params: { id }, body: input }),
};
