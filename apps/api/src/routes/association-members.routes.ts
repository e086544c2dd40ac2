import type { associationMembersApi } from '@maillon/contracts';
import type { AppContext } from '../context.ts';
import { PDF_TYPE } from '../http/downloads.ts';
import type { Handlers } from '../http/register-routes.ts';
import { useCaseContext } from '../http/request-context.ts';
import { searchDirectory } from '../use-cases/association/directory-search.ts';
import { duesReceipt, recordDues } from '../use-cases/association/dues.ts';
import { addMember, decideMembership, requestMembership, updateMember } from '../use-cases/association/members-commands.ts';
import { listMembers, memberDetail, membersSummary } from '../use-cases/association/members-queries.ts';

/** Members, membership requests and decisions, dues and receipts (routes of packages/contracts/src/api/association-members.api.ts). */
export function associationMembersHandlers(ctx: AppContext): Handlers<typeof associationMembersApi> {
  const context = (request: Parameters<typeof useCaseContext>[1]) => useCaseContext(ctx, request);
  const member = (params: { id: string; memberId: string }) => ({ cptsId: params.id, memberId: params.memberId });
  return {
    list: async ({ params, query }, request) => listMembers(context(request), params.id, query),
    summary: async ({ params }, request) => membersSummary(context(request), params.id),
    add: async ({ params, body }, request) => {
      const c = context(request);
      return memberDetail(c, params.id, await addMember(c, params.id, body));
    },
    request: async ({ params, body }, request) => {
      const { memberId, cpts } = await requestMembership(context(request), params.id, body);
      return { memberId, cptsId: cpts.id, cptsName: cpts.name, status: 'requested' as const };
    },
    get: async ({ params }, request) => memberDetail(context(request), params.id, params.memberId),
    update: async ({ params, body }, request) => {
      const c = context(request);
      await updateMember(c, member(params), body);
      return memberDetail(c, params.id, params.memberId);
    },
    decide: async ({ params, body }, request) => {
      const c = context(request);
      await decideMembership(c, member(params), body);
      return memberDetail(c, params.id, params.memberId);
    },
    leave: async ({ params, body }, request) => {
      const c = context(request);
      await decideMembership(c, member(params), { decision: 'leave', ...body });
      return memberDetail(c, params.id, params.memberId);
    },
    recordDues: async ({ params, body }, request) => recordDues(context(request), { ...member(params), year: params.year }, body),
    receipt: async ({ params }, request) => {
      const { pdf, fileName } = await duesReceipt(context(request), { ...member(params), year: params.year });
      return { name: fileName, type: PDF_TYPE, body: pdf };
    },
    searchDirectory: async ({ params, query }, request) => ({ items: await searchDirectory(context(request), params.id, query.q) }),
  };
}
