import type { DiagnosticDto } from '@maillon/contracts';
import { api } from '../../api/api-client.ts';

export const diagnosticApi = {
  ofCpts: (id: string) => api.get<DiagnosticDto>(`/cpts/${encodeURIComponent(id)}/diagnostic`),
  draft: (units: string[], regionCode: string | null) =>
    api.post<DiagnosticDto>('/diagnostic', regionCode ? { units, regionCode } : { units }),
  exportPath: (id: string, format: 'xlsx' | 'pdf') => `/cpts/${encodeURIComponent(id)}/diagnostic.${format}`,
};
