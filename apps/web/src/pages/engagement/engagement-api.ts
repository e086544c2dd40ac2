import type {
  EngagementSummaryDto,
  InvitationAnswerInput,
  InvitationCreatedDto,
  InvitationCreateInput,
  InvitationsDto,
  NonMembersPageDto,
  PartnersDto,
} from '@maillon/contracts';
import { api, query } from '../../api/api-client.ts';

export interface NonMembersFilter {
  profession: string | null;
  unit: string | null;
  invited: 'yes' | 'no' | null;
}

const base = (id: string) => `/cpts/${encodeURIComponent(id)}`;

export function nonMembersQuery(filter: NonMembersFilter, page?: { offset: number; limit: number }): string {
  return query({
    profession: filter.profession,
    unit: filter.unit,
    invited: filter.invited,
    ...(page ? { offset: String(page.offset), limit: String(page.limit) } : {}),
  });
}

export const engagementApi = {
  summary: (id: string) => api.get<EngagementSummaryDto>(`${base(id)}/engagement`),
  nonMembers: (id: string, filter: NonMembersFilter, page: { offset: number; limit: number }) =>
    api.get<NonMembersPageDto>(`${base(id)}/engagement/non-members${nonMembersQuery(filter, page)}`),
  exportPath: (id: string, filter: NonMembersFilter, format: 'csv' | 'xlsx') =>
    `${base(id)}/engagement/non-members.${format}${nonMembersQuery(filter)}`,
  partners: (id: string) => api.get<PartnersDto>(`${base(id)}/engagement/partners`),
  invitations: (id: string) => api.get<InvitationsDto>(`${base(id)}/invitations`),
  invite: (id: string, input: InvitationCreateInput) => api.post<InvitationCreatedDto>(`${base(id)}/invitations`, input),
  answer: (id: string, invitationId: string, input: InvitationAnswerInput) =>
    api.put<InvitationsDto>(`${base(id)}/invitations/${encodeURIComponent(invitationId)}`, input),
};
