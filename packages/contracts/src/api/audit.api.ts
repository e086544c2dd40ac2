import { auditPageSchema, auditQuerySchema } from '../audit.ts';
import { route } from './route.ts';

const tags = ['audit'];
const errors = [401, 403, 404, 422] as const;

/** The audit trail of personal data: the coordination team reads its CPTS's, the admin all. */
export const auditApi = {
  read: route({
    method: 'GET',
    path: '/api/audit',
    tags,
    personalData: true,
    summary: "Journal d'audit des données personnelles (équipe de coordination : sa CPTS ; administration : tout)",
    query: auditQuerySchema,
    response: auditPageSchema,
    errors,
  }),
  exportCsv: route({
    method: 'GET',
    path: '/api/audit.csv',
    tags,
    personalData: true,
    summary: "Export CSV du journal d'audit (mêmes filtres, toutes les pages)",
    query: auditQuerySchema.omit({ before: true, limit: true }),
    file: true,
    errors,
  }),
};
