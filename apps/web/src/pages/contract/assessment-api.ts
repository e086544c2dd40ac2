import { type ClientInput, type EvidenceDto, endpoints } from '@maillon/contracts';
import { uploadWithProgress } from '../../api/api-client.ts';
import { call, urlOf } from '../../api/client.ts';

const routes = endpoints.aciAssessment;

export type IndicatorInputDto = ClientInput<typeof routes.addIndicator>['body'];
export type AssessmentValuesDto = ClientInput<typeof routes.saveValues>['body']['values'];

/** Indicators, yearly assessments, evidence and reports (routes of packages/contracts/src/api/aci-assessment.api.ts). */
export const assessmentApi = {
  indicators: (id: string) => call(routes.indicators, { params: { id } }),
  addIndicator: (id: string, body: IndicatorInputDto) => call(routes.addIndicator, { params: { id }, body }),
  updateIndicator: (id: string, indicatorId: string, body: IndicatorInputDto) =>
    call(routes.updateIndicator, { params: { id, indicatorId }, body }),
  removeIndicator: (id: string, indicatorId: string) => call(routes.removeIndicator, { params: { id, indicatorId } }),
  proposeDefaults: (id: string) => call(routes.proposeDefaults, { params: { id } }),
  assessment: (id: string, contractYear: number) => call(routes.assessment, { params: { id, contractYear } }),
  saveValues: (id: string, contractYear: number, values: AssessmentValuesDto) =>
    call(routes.saveValues, { params: { id, contractYear }, body: { values } }),
  applyComputed: (id: string, contractYear: number) => call(routes.applyComputed, { params: { id, contractYear } }),
  importCsv: (id: string, contractYear: number, content: string, apply: boolean) =>
    call(routes.importCsv, { params: { id, contractYear }, body: { content, apply } }),
  close: (id: string, contractYear: number, assessedOn: string) =>
    call(routes.close, { params: { id, contractYear }, body: { assessedOn } }),
  reopen: (id: string, contractYear: number) => call(routes.reopen, { params: { id, contractYear } }),
  uploadEvidence: (id: string, contractYear: number, file: File, indicatorId: string | null, onProgress: (share: number) => void) =>
    uploadWithProgress<EvidenceDto>(
      urlOf(routes.uploadEvidence, { params: { id, contractYear }, query: { name: file.name, ...(indicatorId ? { indicatorId } : {}) } }),
      file,
      onProgress,
    ),
  removeEvidence: (evidenceId: string) => call(routes.removeEvidence, { params: { evidenceId } }),
  evidenceUrl: (evidenceId: string) => urlOf(routes.downloadEvidence, { params: { evidenceId } }),
  reportUrl: (id: string, contractYear: number, format: 'pdf' | 'xlsx') =>
    urlOf(format === 'pdf' ? routes.reportPdf : routes.reportXlsx, { params: { id, contractYear } }),
};
