import { z } from 'zod';
import {
  assessmentCloseInputSchema,
  assessmentImportInputSchema,
  assessmentImportSchema,
  assessmentSchema,
  assessmentValuesInputSchema,
  evidenceSchema,
  evidenceUploadQuerySchema,
  indicatorInputSchema,
  indicatorsViewSchema,
} from '../aci-assessment.ts';
import { uuidSchema } from '../common.ts';
import { route } from './route.ts';

const tags = ['contrats ACI'];
const params = z.object({ id: uuidSchema });
const indicatorParams = params.extend({
  indicatorId: z
    .string()
    .max(60)
    .regex(/^[a-z0-9][a-z0-9-]*$/, 'Code d’indicateur invalide.'),
});
const yearParams = params.extend({ contractYear: z.coerce.number().int().min(1).max(5) });
const evidenceParams = z.object({ evidenceId: uuidSchema });
const errors = [403, 404, 409, 422] as const;

/** Evidence files are at most 10 Mo (EVIDENCE_MAX_BYTES); the body limit leaves room to answer in French past it. */
const EVIDENCE_BODY_LIMIT = 12 * 1024 * 1024;

/**
 * Indicator lines of an ACI contract, its yearly assessments (values typed, imported from the
 * CPAM file or computed by Maillon; evidence files) and the annual activity report
 * (docs/reference/aci.md §5). Indicators are aggregate figures, not personal data; evidence
 * files may hold patient lists, so their upload, download and removal are audited.
 */
export const aciAssessmentApi = {
  indicators: route({
    method: 'GET',
    path: '/api/contracts/:id/indicators',
    tags,
    summary: 'Indicateurs du contrat : mission, unité, sens, valeur de départ, paliers (seuil → €), source, justificatifs attendus',
    params,
    response: indicatorsViewSchema,
    errors,
  }),
  addIndicator: route({
    method: 'POST',
    path: '/api/contracts/:id/indicators',
    tags,
    summary: 'Ajoute une ligne d’indicateur (équipe de coordination, ARS et CPAM du contrat)',
    params,
    body: indicatorInputSchema,
    status: 201,
    response: indicatorsViewSchema,
    errors,
  }),
  proposeDefaults: route({
    method: 'POST',
    path: '/api/contracts/:id/indicators/defaults',
    tags,
    summary: "Ajoute les lignes types de l'ACI absentes du contrat (exemples de contrats signés, à adapter)",
    params,
    response: indicatorsViewSchema,
    errors,
  }),
  updateIndicator: route({
    method: 'PUT',
    path: '/api/contracts/:id/indicators/:indicatorId',
    tags,
    summary: 'Modifie une ligne d’indicateur (pas après une évaluation close qui l’utilise)',
    params: indicatorParams,
    body: indicatorInputSchema,
    response: indicatorsViewSchema,
    errors,
  }),
  removeIndicator: route({
    method: 'DELETE',
    path: '/api/contracts/:id/indicators/:indicatorId',
    tags,
    summary: 'Retire une ligne d’indicateur (pas après une évaluation close qui l’utilise)',
    params: indicatorParams,
    response: indicatorsViewSchema,
    errors,
  }),
  assessment: route({
    method: 'GET',
    path: '/api/contracts/:id/assessments/:contractYear',
    tags,
    summary: "Évaluation annuelle d'une année de contrat : valeurs, paliers atteints, part variable plafonnée, justificatifs",
    params: yearParams,
    response: assessmentSchema,
    errors,
  }),
  saveValues: route({
    method: 'PUT',
    path: '/api/contracts/:id/assessments/:contractYear/values',
    tags,
    summary: 'Enregistre des valeurs saisies (seules les lignes envoyées changent)',
    params: yearParams,
    body: assessmentValuesInputSchema,
    response: assessmentSchema,
    errors,
  }),
  applyComputed: route({
    method: 'POST',
    path: '/api/contracts/:id/assessments/:contractYear/computed',
    tags,
    summary:
      'Reprend les valeurs que Maillon calcule (adhérents, professionnels adhérents, assemblées tenues), chacune avec son mode de calcul',
    params: yearParams,
    response: assessmentSchema,
    errors,
  }),
  importCsv: route({
    method: 'POST',
    path: '/api/contracts/:id/assessments/:contractYear/import',
    tags,
    summary:
      'Fichier CPAM (CSV : code ou indicateur, valeur, commentaire) : aperçu ligne par ligne, puis application sans effacer les valeurs absentes du fichier',
    params: yearParams,
    body: assessmentImportInputSchema,
    response: assessmentImportSchema,
    errors,
  }),
  close: route({
    method: 'POST',
    path: '/api/contracts/:id/assessments/:contractYear/close',
    tags,
    summary: "Clôt l'évaluation à sa date (ARS, CPAM) : la part variable entre dans l'échéancier",
    params: yearParams,
    body: assessmentCloseInputSchema,
    response: assessmentSchema,
    errors,
  }),
  reopen: route({
    method: 'POST',
    path: '/api/contracts/:id/assessments/:contractYear/reopen',
    tags,
    summary: "Rouvre une évaluation close (ARS, CPAM) : sa part variable sort de l'échéancier jusqu'à la nouvelle clôture",
    params: yearParams,
    response: assessmentSchema,
    errors,
  }),
  uploadEvidence: route({
    method: 'PUT',
    path: '/api/contracts/:id/assessments/:contractYear/evidence',
    tags,
    personalData: true,
    summary: 'Ajoute un justificatif (corps application/octet-stream ; PDF, PNG, JPEG, XLSX, ODS ou CSV ; 10 Mo au plus)',
    params: yearParams,
    query: evidenceUploadQuerySchema,
    upload: true,
    bodyLimit: EVIDENCE_BODY_LIMIT,
    status: 201,
    response: evidenceSchema,
    errors: [403, 404, 409, 413, 422],
  }),
  downloadEvidence: route({
    method: 'GET',
    path: '/api/evidence/:evidenceId',
    tags,
    personalData: true,
    summary: 'Télécharge un justificatif',
    params: evidenceParams,
    file: true,
    errors,
  }),
  removeEvidence: route({
    method: 'DELETE',
    path: '/api/evidence/:evidenceId',
    tags,
    personalData: true,
    summary: 'Supprime un justificatif (pas après la clôture de l’évaluation)',
    params: evidenceParams,
    status: 204,
    errors,
  }),
  reportPdf: route({
    method: 'GET',
    path: '/api/contracts/:id/assessments/:contractYear/report.pdf',
    tags,
    summary: "Rapport annuel d'activité de l'année de contrat (PDF)",
    params: yearParams,
    file: true,
    errors,
  }),
  reportXlsx: route({
    method: 'GET',
    path: '/api/contracts/:id/assessments/:contractYear/report.xlsx',
    tags,
    summary: "Rapport annuel d'activité de l'année de contrat (classeur XLSX)",
    params: yearParams,
    file: true,
    errors,
  }),
} as const;
