import {
  type ActiveSessionDto,
  type ChangePasswordRequest,
  type ClientInput,
  type CoverageDto,
  type CptsIdentityInput,
  type CreateCptsInput,
  endpoints,
  type Me,
  type PlanDto,
  type UnitDto,
} from '@maillon/contracts';
import { api, query } from './api-client.ts';
import { call } from './client.ts';
import type { CoverageUnits, Departement, Epci, GeoStatus, GroupUnits, Health, Region, ShapeCollection } from './geo-types.ts';

/** Where a dashboard looks: a region, one of its départements, or France (admin only). */
export interface Scope {
  region: string | null;
  departement: string | null;
}

function scopeQuery(scope: Scope): string {
  if (scope.departement) return query({ departement: scope.departement });
  return query({ region: scope.region });
}

export const authApi = {
  login: (email: string, password: string, options: { closeOtherSessions?: boolean } = {}) =>
    api.post<Me>('/auth/login', { email, password, ...options }, { allowUnauthorized: true }),
  logout: () => api.post<void>('/auth/logout', undefined, { allowUnauthorized: true }),
  me: () => api.get<Me>('/auth/me', { allowUnauthorized: true }),
};

/** The signed-in user's sessions and password ("Sessions actives"). */
export const accountApi = {
  sessions: () => api.get<{ items: ActiveSessionDto[] }>('/auth/sessions'),
  closeSession: (id: string) => api.delete<void>(`/auth/sessions/${encodeURIComponent(id)}`),
  closeOtherSessions: () => api.post<{ closedSessions: number }>('/auth/sessions/revoke-others'),
  // A wrong current password is a 422 on the field, never a 401 that would sign the user out.
  changePassword: (input: ChangePasswordRequest) => api.post<{ closedSessions: number }>('/auth/password', input),
};

export const systemApi = {
  health: () => api.get<Health>('/health', { allowUnauthorized: true }),
};

export const geoApi = {
  regions: () => api.get<Region[]>('/geo/regions'),
  departements: (region: string) => api.get<Departement[]>(`/geo/departements${query({ region })}`),
  searchUnits: (q: string, region: string | null, signal?: AbortSignal) =>
    api.get<UnitDto[]>(`/geo/units/search${query({ q, region })}`, signal ? { signal } : {}),
  epcis: (region: string) => api.get<Epci[]>(`/geo/epcis${query({ region })}`),
  groupUnits: (group: { epci: string } | { departement: string }) => api.get<GroupUnits>(`/geo/group-units${query(group)}`),
  shapes: (scope: Scope) => api.get<ShapeCollection>(`/geo/shapes${scopeQuery(scope)}`),
  status: () => api.get<GeoStatus>('/geo/status'),
};

export const coverageApi = {
  coverage: (scope: Scope) => api.get<CoverageDto>(`/coverage${scopeQuery(scope)}`),
  units: (scope: Scope) => api.get<CoverageUnits>(`/coverage/units${scopeQuery(scope)}`),
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

export type PlanModality = 'extendNeighbour' | 'createCpts' | 'other';
export type PlanStatus = 'planned' | 'inProgress' | 'done' | 'abandoned';

export interface PlanInput {
  modality: PlanModality;
  owner: string;
  dueOn: string;
  status: PlanStatus;
  notes?: string | null;
}

export const plansApi = {
  list: (region: string) => api.get<{ items: PlanDto[] }>(`/plans${query({ region })}`),
  create: (input: PlanInput & { regionCode: string; zoneKey: string }) => api.post<PlanDto>('/plans', input),
  update: (id: string, input: PlanInput) => api.put<PlanDto>(`/plans/${encodeURIComponent(id)}`, input),
};
