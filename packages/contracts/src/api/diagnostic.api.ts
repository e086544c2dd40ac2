import { z } from 'zod';
import { uuidSchema } from '../common.ts';
import { diagnosticSchema, draftDiagnosticSchema } from '../diagnostic.ts';
import { route } from './route.ts';

const tags = ['diagnostic'];
const params = z.object({ id: uuidSchema });
const errors = [401, 403, 404, 422] as const;

/** Territorial diagnostic (issue #3 point 6): a CPTS territory or a draft perimeter, JSON, XLSX and PDF. */
export const diagnosticApi = {
  ofCpts: route({
    method: 'GET',
    path: '/api/cpts/:id/diagnostic',
    tags,
    summary: 'Diagnostic territorial de la CPTS (population, professionnels, établissements, comparaisons)',
    params,
    response: diagnosticSchema,
    errors,
  }),
  ofCptsXlsx: route({
    method: 'GET',
    path: '/api/cpts/:id/diagnostic.xlsx',
    tags,
    summary: 'Diagnostic territorial de la CPTS en XLSX',
    params,
    file: true,
    errors,
  }),
  draftXlsx: route({
    method: 'POST',
    path: '/api/diagnostic.xlsx',
    tags,
    summary: "Diagnostic d'un périmètre en projet en XLSX",
    body: draftDiagnosticSchema,
    file: true,
    errors,
  }),
  ofCptsPdf: route({
    method: 'GET',
    path: '/api/cpts/:id/diagnostic.pdf',
    tags,
    summary: 'Diagnostic territorial de la CPTS en PDF',
    params,
    file: true,
    errors,
  }),
  draftPdf: route({
    method: 'POST',
    path: '/api/diagnostic.pdf',
    tags,
    summary: "Diagnostic d'un périmètre en projet en PDF",
    body: draftDiagnosticSchema,
    file: true,
    errors,
  }),
  draft: route({
    method: 'POST',
    path: '/api/diagnostic',
    tags,
    summary: "Diagnostic d'un périmètre en projet (rien n'est enregistré)",
    body: draftDiagnosticSchema,
    response: diagnosticSchema,
    errors,
  }),
} as const;
