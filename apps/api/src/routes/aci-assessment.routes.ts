import type { aciAssessmentApi } from '@maillon/contracts';
import { EVIDENCE_MAX_BYTES } from '@maillon/domain';
import type { AppContext } from '../context.ts';
import { PDF_TYPE, XLSX_TYPE } from '../http/downloads.ts';
import type { Handlers } from '../http/register-routes.ts';
import { useCaseContext } from '../http/request-context.ts';
import { uploadBytes } from '../http/upload-bytes.ts';
import { annualReport, reportFileName } from '../use-cases/aci/annual-report.ts';
import { annualReportPdf } from '../use-cases/aci/annual-report-pdf.ts';
import { annualReportXlsx } from '../use-cases/aci/annual-report-xlsx.ts';
import {
  applyComputedValues,
  closeAssessment,
  getAssessment,
  importAssessmentCsv,
  reopenAssessment,
  saveAssessmentValues,
} from '../use-cases/aci/assessments.ts';
import { downloadEvidence, removeEvidence, uploadEvidence } from '../use-cases/aci/evidence.ts';
import { addIndicator, indicatorsView, proposeDefaultIndicators, removeIndicator, updateIndicator } from '../use-cases/aci/indicators.ts';

/** Indicators, yearly assessments, evidence and the annual report (routes in packages/contracts/src/api/aci-assessment.api.ts). */
export function aciAssessmentHandlers(ctx: AppContext): Handlers<typeof aciAssessmentApi> {
  const context = (request: Parameters<typeof useCaseContext>[1]) => useCaseContext(ctx, request);
  const year = (params: { id: string; contractYear: number }) => ({ contractId: params.id, year: params.contractYear });
  return {
    indicators: async ({ params }, request) => indicatorsView(context(request), params.id),
    addIndicator: async ({ params, body }, request) => addIndicator(context(request), params.id, body),
    proposeDefaults: async ({ params }, request) => proposeDefaultIndicators(context(request), params.id),
    updateIndicator: async ({ params, body }, request) =>
      updateIndicator(context(request), { contractId: params.id, indicatorId: params.indicatorId }, body),
    removeIndicator: async ({ params }, request) =>
      removeIndicator(context(request), { contractId: params.id, indicatorId: params.indicatorId }),
    assessment: async ({ params }, request) => getAssessment(context(request), params.id, params.contractYear),
    saveValues: async ({ params, body }, request) => {
      const c = context(request);
      await saveAssessmentValues(c, year(params), body.values);
      return getAssessment(c, params.id, params.contractYear);
    },
    applyComputed: async ({ params }, request) => {
      const c = context(request);
      await applyComputedValues(c, year(params));
      return getAssessment(c, params.id, params.contractYear);
    },
    importCsv: async ({ params, body }, request) => {
      const c = context(request);
      const result = await importAssessmentCsv(c, year(params), body);
      return { ...result, assessment: await getAssessment(c, params.id, params.contractYear) };
    },
    close: async ({ params, body }, request) => {
      const c = context(request);
      await closeAssessment(c, year(params), body.assessedOn);
      return getAssessment(c, params.id, params.contractYear);
    },
    reopen: async ({ params }, request) => {
      const c = context(request);
      await reopenAssessment(c, year(params));
      return getAssessment(c, params.id, params.contractYear);
    },
    uploadEvidence: async ({ params, query, body }, request) => {
      const data = await uploadBytes(body, EVIDENCE_MAX_BYTES, '10 Mo');
      return uploadEvidence(context(request), year(params), { name: query.name, indicatorId: query.indicatorId, data });
    },
    downloadEvidence: async ({ params }, request) => downloadEvidence(context(request), params.evidenceId),
    removeEvidence: async ({ params }, request) => {
      await removeEvidence(context(request), params.evidenceId);
      return undefined;
    },
    reportPdf: async ({ params }, request) => {
      const report = await annualReport(context(request), params.id, params.contractYear);
      return { name: reportFileName(report, 'pdf'), type: PDF_TYPE, body: await annualReportPdf(report) };
    },
    reportXlsx: async ({ params }, request) => {
      const report = await annualReport(context(request), params.id, params.contractYear);
      return { name: reportFileName(report, 'xlsx'), type: XLSX_TYPE, body: await annualReportXlsx(report) };
    },
  };
}
