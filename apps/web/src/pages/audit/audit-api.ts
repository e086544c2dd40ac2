import type { AuditPageDto } from '@maillon/contracts';
import { api, query } from '../../api/api-client.ts';

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

function auditQuery(filter: AuditFilter, page?: { limit: number; before: number | null }): string {
  return query({
    cptsId: filter.cptsId,
    from: filter.from,
    to: filter.to,
    action: filter.action,
    entity: filter.entity,
    actorUserId: filter.actorUserId,
    recordId: filter.recordId,
    ...(page ? { limit: String(page.limit), before: page.before === null ? null : String(page.before) } : {}),
  });
}

export const auditApi = {
  page: (filter: AuditFilter, page: { limit: number; before: number | null }) => api.get<AuditPageDto>(`/audit${auditQuery(filter, page)}`),
  exportPath: (filter: AuditFilter) => `/audit.csv${auditQuery(filter)}`,
};
