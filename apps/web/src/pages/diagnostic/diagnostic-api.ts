import { type ClientInput, endpoints } from '@maillon/contracts';
import { call, urlOf } from '../../api/client.ts';
import type { DownloadRequest } from './download-file.ts';

const diagnostic = endpoints.diagnostic;
type Format = 'xlsx' | 'pdf';

/** The territorial diagnostic (routes of packages/contracts/src/api/diagnostic.api.ts). */
export const diagnosticApi = {
  ofCpts: (id: string) => call(diagnostic.ofCpts, { params: { id } }),
  draft: (units: string[], regionCode: string | null) => call(diagnostic.draft, { body: regionCode ? { units, regionCode } : { units } }),
  /** The CPTS's diagnostic as a file. */
  cptsExport: (id: string, format: Format): DownloadRequest => ({
    url: urlOf(format === 'xlsx' ? diagnostic.ofCptsXlsx : diagnostic.ofCptsPdf, { params: { id } }),
  }),
  /** A draft perimeter's diagnostic as a file (sent again: nothing is saved). */
  draftExport: (format: Format, body: ClientInput<typeof diagnostic.draftXlsx>['body'], csrfToken: string): DownloadRequest => {
    const spec = format === 'xlsx' ? diagnostic.draftXlsx : diagnostic.draftPdf;
    return { url: urlOf(spec), method: spec.method, body, csrfToken };
  },
};
