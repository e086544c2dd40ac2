import type {
  AddMemberInput,
  AssemblyDetailDto,
  AssemblySummaryDto,
  AssociationSettingsDto,
  AttendanceUpdateInput,
  BodyDto,
  BodyInput,
  CategoryDto,
  CategoryInput,
  CloseAssemblyInput,
  ConvokeAssemblyInput,
  DirectoryHitDto,
  DuesDto,
  MandateInputDto,
  MemberDecisionInput,
  MemberDetailDto,
  MemberListDto,
  MembersSummaryDto,
  MemberUpdateInput,
  VoteInput,
} from '@maillon/contracts';
import { api, apiRequest, query } from './api-client.ts';

const cpts = (id: string) => `/cpts/${encodeURIComponent(id)}`;

export interface MemberFilters {
  status?: string | null;
  categoryId?: string | null;
  dues?: string | null;
  q?: string | null;
}

export interface MandateUpdate {
  role: MandateInputDto['role'];
  startOn: string;
  endOn: string | null;
}

/** Members, dues, categories and statutes' settings of a CPTS association. */
export const membersApi = {
  list: (id: string, filters: MemberFilters = {}) => api.get<MemberListDto>(`${cpts(id)}/members${query({ ...filters })}`),
  summary: (id: string) => api.get<MembersSummaryDto>(`${cpts(id)}/members/summary`),
  get: (id: string, memberId: string) => api.get<MemberDetailDto>(`${cpts(id)}/members/${memberId}`),
  add: (id: string, input: AddMemberInput) => api.post<MemberDetailDto>(`${cpts(id)}/members`, input),
  update: (id: string, memberId: string, input: MemberUpdateInput) => api.put<MemberDetailDto>(`${cpts(id)}/members/${memberId}`, input),
  decide: (id: string, memberId: string, input: MemberDecisionInput) =>
    api.post<MemberDetailDto>(`${cpts(id)}/members/${memberId}/decision`, input),
  leave: (id: string, memberId: string, input: { leftOn?: string; comment?: string }) =>
    api.post<MemberDetailDto>(`${cpts(id)}/members/${memberId}/leave`, input),
  payDues: (id: string, memberId: string, year: number, input: { paidOn: string | null; amountCents?: number }) =>
    api.put<DuesDto>(`${cpts(id)}/members/${memberId}/dues/${year}`, input),
  receiptUrl: (id: string, memberId: string, year: number) => `/api${cpts(id)}/members/${memberId}/dues/${year}/receipt.pdf`,
  searchDirectory: (id: string, q: string, signal?: AbortSignal) =>
    api.get<{ items: DirectoryHitDto[] }>(`${cpts(id)}/directory/search${query({ q })}`, signal ? { signal } : {}),
  categories: (id: string) => api.get<{ items: CategoryDto[] }>(`${cpts(id)}/membership-categories`),
  createCategory: (id: string, input: CategoryInput) => api.post<{ items: CategoryDto[] }>(`${cpts(id)}/membership-categories`, input),
  updateCategory: (id: string, categoryId: string, input: CategoryInput) =>
    api.put<{ items: CategoryDto[] }>(`${cpts(id)}/membership-categories/${categoryId}`, input),
  deleteCategory: (id: string, categoryId: string) =>
    apiRequest<{ items: CategoryDto[] }>('DELETE', `${cpts(id)}/membership-categories/${categoryId}`),
  settings: (id: string) => api.get<AssociationSettingsDto>(`${cpts(id)}/association/settings`),
  saveSettings: (id: string, input: AssociationSettingsDto) => api.put<AssociationSettingsDto>(`${cpts(id)}/association/settings`, input),
};

/** Bodies and mandates. */
export const governanceApi = {
  bodies: (id: string) => api.get<{ items: BodyDto[] }>(`${cpts(id)}/bodies`),
  createBody: (id: string, input: BodyInput) => api.post<{ items: BodyDto[] }>(`${cpts(id)}/bodies`, input),
  updateBody: (id: string, bodyId: string, input: { name: string; endedOn: string | null }) =>
    api.put<{ items: BodyDto[] }>(`${cpts(id)}/bodies/${bodyId}`, input),
  deleteBody: (id: string, bodyId: string) => apiRequest<{ items: BodyDto[] }>('DELETE', `${cpts(id)}/bodies/${bodyId}`),
  addMandate: (id: string, bodyId: string, input: MandateInputDto) =>
    api.post<{ items: BodyDto[] }>(`${cpts(id)}/bodies/${bodyId}/mandates`, input),
  updateMandate: (id: string, mandateId: string, input: MandateUpdate) =>
    api.put<{ items: BodyDto[] }>(`${cpts(id)}/mandates/${mandateId}`, input),
  deleteMandate: (id: string, mandateId: string) => apiRequest<{ items: BodyDto[] }>('DELETE', `${cpts(id)}/mandates/${mandateId}`),
};

/** General assemblies. */
export const assembliesApi = {
  list: (id: string) => api.get<{ items: AssemblySummaryDto[] }>(`${cpts(id)}/assemblies`),
  get: (id: string, assemblyId: string) => api.get<AssemblyDetailDto>(`${cpts(id)}/assemblies/${assemblyId}`),
  convoke: (id: string, input: ConvokeAssemblyInput) => api.post<AssemblyDetailDto>(`${cpts(id)}/assemblies`, input),
  attendance: (id: string, assemblyId: string, input: AttendanceUpdateInput) =>
    api.put<AssemblyDetailDto>(`${cpts(id)}/assemblies/${assemblyId}/attendance`, input),
  vote: (id: string, assemblyId: string, resolutionId: string, input: VoteInput) =>
    api.put<AssemblyDetailDto>(`${cpts(id)}/assemblies/${assemblyId}/resolutions/${resolutionId}/vote`, input),
  close: (id: string, assemblyId: string, input: CloseAssemblyInput) =>
    api.post<AssemblyDetailDto>(`${cpts(id)}/assemblies/${assemblyId}/close`, input),
  minutesUrl: (id: string, assemblyId: string) => `/api${cpts(id)}/assemblies/${assemblyId}/minutes.pdf`,
};
