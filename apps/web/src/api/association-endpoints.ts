import { type ClientInput, endpoints } from '@maillon/contracts';
import { DUES_STATUSES, MEMBER_STATUSES } from '@maillon/domain';
import { call, urlOf } from './client.ts';

const members = endpoints.associationMembers;
const settings = endpoints.associationSettings;
const governance = endpoints.associationGovernance;
const assemblies = endpoints.associationAssemblies;

/** The filters of the members list as the screen holds them ('' or null: any). */
export interface MemberFilters {
  status?: string | null;
  categoryId?: string | null;
  dues?: string | null;
  q?: string | null;
}

const oneOf = <T extends string>(values: readonly T[], value: string | null | undefined): T | undefined => values.find((v) => v === value);

/** Members, dues, categories and statutes' settings of a CPTS association (packages/contracts/src/api/association-*.api.ts). */
export const membersApi = {
  list: (id: string, filters: MemberFilters = {}) =>
    call(members.list, {
      params: { id },
      query: {
        status: oneOf(MEMBER_STATUSES, filters.status),
        categoryId: filters.categoryId || undefined,
        dues: oneOf(DUES_STATUSES, filters.dues),
        q: filters.q || undefined,
      },
    }),
  summary: (id: string) => call(members.summary, { params: { id } }),
  get: (id: string, memberId: string) => call(members.get, { params: { id, memberId } }),
  add: (id: string, input: ClientInput<typeof members.add>['body']) => call(members.add, { params: { id }, body: input }),
  update: (id: string, memberId: string, input: ClientInput<typeof members.update>['body']) =>
    call(members.update, { params: { id, memberId }, body: input }),
  decide: (id: string, memberId: string, input: ClientInput<typeof members.decide>['body']) =>
    call(members.decide, { params: { id, memberId }, body: input }),
  leave: (id: string, memberId: string, input: ClientInput<typeof members.leave>['body']) =>
    call(members.leave, { params: { id, memberId }, body: input }),
  payDues: (id: string, memberId: string, year: number, input: ClientInput<typeof members.recordDues>['body']) =>
    call(members.recordDues, { params: { id, memberId, year }, body: input }),
  receiptUrl: (id: string, memberId: string, year: number) => urlOf(members.receipt, { params: { id, memberId, year } }),
  searchDirectory: (id: string, q: string, signal?: AbortSignal) =>
    call(members.searchDirectory, { params: { id }, query: { q } }, signal ? { signal } : {}),
  categories: (id: string) => call(settings.categories, { params: { id } }),
  createCategory: (id: string, input: ClientInput<typeof settings.createCategory>['body']) =>
    call(settings.createCategory, { params: { id }, body: input }),
  updateCategory: (id: string, categoryId: string, input: ClientInput<typeof settings.updateCategory>['body']) =>
    call(settings.updateCategory, { params: { id, categoryId }, body: input }),
  deleteCategory: (id: string, categoryId: string) => call(settings.deleteCategory, { params: { id, categoryId } }),
  settings: (id: string) => call(settings.get, { params: { id } }),
  saveSettings: (id: string, input: ClientInput<typeof settings.save>['body']) => call(settings.save, { params: { id }, body: input }),
};

/** Bodies and mandates. */
export const governanceApi = {
  bodies: (id: string) => call(governance.bodies, { params: { id } }),
  createBody: (id: string, input: ClientInput<typeof governance.createBody>['body']) =>
    call(governance.createBody, { params: { id }, body: input }),
  updateBody: (id: string, bodyId: string, input: ClientInput<typeof governance.updateBody>['body']) =>
    call(governance.updateBody, { params: { id, bodyId }, body: input }),
  deleteBody: (id: string, bodyId: string) => call(governance.deleteBody, { params: { id, bodyId } }),
  addMandate: (id: string, bodyId: string, input: ClientInput<typeof governance.addMandate>['body']) =>
    call(governance.addMandate, { params: { id, bodyId }, body: input }),
  updateMandate: (id: string, mandateId: string, input: ClientInput<typeof governance.updateMandate>['body']) =>
    call(governance.updateMandate, { params: { id, mandateId }, body: input }),
  deleteMandate: (id: string, mandateId: string) => call(governance.deleteMandate, { params: { id, mandateId } }),
};

/** General assemblies. */
export const assembliesApi = {
  list: (id: string) => call(assemblies.list, { params: { id } }),
  get: (id: string, assemblyId: string) => call(assemblies.get, { params: { id, assemblyId } }),
  convoke: (id: string, input: ClientInput<typeof assemblies.convoke>['body']) => call(assemblies.convoke, { params: { id }, body: input }),
  attendance: (id: string, assemblyId: string, input: ClientInput<typeof assemblies.attendance>['body']) =>
    call(assemblies.attendance, { params: { id, assemblyId }, body: input }),
  vote: (id: string, assemblyId: string, resolutionId: string, input: ClientInput<typeof assemblies.vote>['body']) =>
    call(assemblies.vote, { params: { id, assemblyId, resolutionId }, body: input }),
  close: (id: string, assemblyId: string, input: ClientInput<typeof assemblies.close>['body']) =>
    call(assemblies.close, { params: { id, assemblyId }, body: input }),
  minutesUrl: (id: string, assemblyId: string) => urlOf(assemblies.minutes, { params: { id, assemblyId } }),
};
