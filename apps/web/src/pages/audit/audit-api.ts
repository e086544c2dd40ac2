import { type ClientInput, endpoints } from '@maillon/contracts';
import { call, urlOf } from '../../api/client.ts';

export interface AuditFilter {
  cptsId: string | null;
  from: string | null;
  to: string | null;
  action: string | null;
  entity: string | null;
  actorUserId: string | null;
  recordId: string | null;
}

export const NO_AUDIT_FILTER: AuditFilter = {
  cptsId: null,
  from: null,
  to: null,
  action: null,
  entity: null,
  actorUserId: null,
  recordId: null,
};

/** The query of a filter: absent values are left out of the URL. */
function auditQuery(filter: AuditFilter) {
  const value = <T extends string>(v: T | null) => v ?? undefined;
  return {
    cptsId: value(filter.cptsId),
    from: value(filter.from),
    to: value(filter.to),
    action: value(filter.action) as AuditQueryInput['action'],
    entity: value(filter.entity) as AuditQueryInput['entity'],
    actorUserId: value(filter.actorUserId),
    recordId: value(filter.recordId),
  };
}

type AuditQueryInput = ClientInput<typeof endpoints.audit.read>['query'];

/** The audit trail (routes of packages/contracts/src/api/audit.api.ts). */
export const auditApi = {
  page: (filter: AuditFilter, page: { limit: number; before: number | null }) =>
    call(endpoints.audit.read, { query: { ...auditQuery(filter), limit: page.limit, before: page.before ?? undefined } }),
  /** Under /api, as downloadFile wants it. */
  exportPath: (filter: AuditFilter) => urlOf(endpoints.audit.exportCsv, { query: auditQuery(filter) }).slice('/api'.length),
};
