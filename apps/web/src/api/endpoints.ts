import type {
  ActiveSessionDto,
  ChangePasswordRequest,
  CoverageDto,
  CptsDetail,
  CptsIdentityInput,
  CptsSummary,
  CreateCptsInput,
  Me,
  PlanDto,
  TerritoryPreviewDto,
  UnitDto,
} from '@maillon/contracts';
import { api, query } from './api-client.ts';
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

export interface TransitionInput {
  to: string;
  date?: string;
  comment?: string;
}

export interface MilestoneInput {
  startedOn?: string | null;
  deployedOn?: string | null;
}

export const cptsApi = {
  list: (region: string | null) => api.get<{ items: CptsSummary[] }>(`/cpts${query({ region })}`),
  create: (input: CreateCptsInput) => api.post<CptsDetail>('/cpts', input),
  get: (id: string) => api.get<CptsDetail>(`/cpts/${encodeURIComponent(id)}`),
  updateIdentity: (id: string, input: CptsIdentityInput) => api.put<CptsDetail>(`/cpts/${encodeURIComponent(id)}`, input),
  previewTerritory: (id: string, units: string[], signal?: AbortSignal) =>
    api.post<TerritoryPreviewDto>(`/cpts/${encodeURIComponent(id)}/territory/preview`, { units }, signal ? { signal } : {}),
  saveTerritory: (id: string, units: string[]) => api.put<CptsDetail>(`/cpts/${encodeURIComponent(id)}/territory`, { units }),
  transition: (id: string, input: TransitionInput) => api.post<CptsDetail>(`/cpts/${encodeURIComponent(id)}/transitions`, input),
  updateMission: (id: string, mission: string, input: MilestoneInput) =>
    api.put<CptsDetail>(`/cpts/${encodeURIComponent(id)}/missions/${encodeURIComponent(mission)}`, input),
};

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
