import { type ClientInput, endpoints } from '@maillon/contracts';
import { call, urlOf } from '../../api/client.ts';
import type { DownloadRequest } from '../diagnostic/download-file.ts';

export interface NonMembersFilter {
  profession: string | null;
  unit: string | null;
  invited: 'yes' | 'no' | null;
}

const engagement = endpoints.engagement;
const invitations = endpoints.engagementInvitations;

/** The filters as the route's query (empty ones left out). */
function nonMembersQuery(filter: NonMembersFilter) {
  return { profession: filter.profession ?? undefined, unit: filter.unit ?? undefined, invited: filter.invited ?? undefined };
}

/** Engagement and invitations (routes of packages/contracts/src/api/engagement.api.ts). */
export const engagementApi = {
  summary: (id: string) => call(engagement.summary, { params: { id } }),
  nonMembers: (id: string, filter: NonMembersFilter, page: { offset: number; limit: number }) =>
    call(engagement.nonMembers, { params: { id }, query: { ...nonMembersQuery(filter), ...page } }),
  /** The professionals to invite matching the filter, as a file. */
  nonMembersExport: (id: string, filter: NonMembersFilter, format: 'csv' | 'xlsx'): DownloadRequest => ({
    url: urlOf(format === 'csv' ? engagement.nonMembersCsv : engagement.nonMembersXlsx, { params: { id }, query: nonMembersQuery(filter) }),
  }),
  partners: (id: string) => call(engagement.partners, { params: { id } }),
  invitations: (id: string) => call(invitations.list, { params: { id } }),
  invite: (id: string, input: ClientInput<typeof invitations.record>['body']) => call(invitations.record, { params: { id }, body: input }),
  answer: (id: string, invitationId: string, input: ClientInput<typeof invitations.answer>['body']) =>
    call(invitations.answer, { params: { id, invitationId }, body: input }),
};
