import type { auditApi } from '@maillon/contracts';
import type { AppContext } from '../context.ts';
import type { Handlers } from '../http/register-routes.ts';
import { useCaseContext } from '../http/request-context.ts';
import { exportAuditTrail, readAuditTrail } from '../use-cases/audit/audit-trail.ts';

/** The audit trail of personal data (routes declared in packages/contracts/src/api/audit.api.ts). */
export function auditHandlers(ctx: AppContext): Handlers<typeof auditApi> {
  return {
    read: async ({ query }, request) => readAuditTrail(useCaseContext(ctx, request), query),
    exportCsv: async ({ query }, request) => {
      const file = await exportAuditTrail(useCaseContext(ctx, request), { ...query, limit: 200 });
      return { name: file.name, type: 'text/csv; charset=utf-8', body: file.body };
    },
  };
}
