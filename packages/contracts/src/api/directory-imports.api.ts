import { z } from 'zod';
import { uuidSchema } from '../common.ts';
import { createImportSchema, importRunSchema } from '../directory.ts';
import { route } from './route.ts';

const tags = ['annuaire'];
const params = z.object({ id: uuidSchema });
const errors = [403, 404, 409, 422] as const;

/** Directory files can be large (the national RPPS extraction is several hundred megabytes). */
const UPLOAD_LIMIT = 2 * 1024 ** 3;

/**
 * Directory imports (RPPS, savoir-faire, FINESS): a run is created, its file streamed for a
 * preview, then applied or abandoned (apps/api/src/use-cases/directory/README.md).
 */
export const directoryImportsApi = {
  create: route({
    method: 'POST',
    path: '/api/directory/imports',
    tags,
    summary: 'Prépare un import (RPPS, savoir-faire, FINESS)',
    body: createImportSchema,
    status: 201,
    response: z.object({ id: z.string() }),
    errors,
  }),
  sendContent: route({
    method: 'PUT',
    path: '/api/directory/imports/:id/content',
    tags,
    personalData: true,
    summary: 'Envoie le fichier (corps application/octet-stream) : lecture et aperçu, sans rien appliquer',
    params,
    upload: true,
    bodyLimit: UPLOAD_LIMIT,
    response: importRunSchema,
    errors,
  }),
  apply: route({
    method: 'POST',
    path: '/api/directory/imports/:id/apply',
    tags,
    personalData: true,
    summary: "Applique l'aperçu à l'annuaire (une seule fois)",
    params,
    response: importRunSchema,
    errors,
  }),
  cancel: route({
    method: 'POST',
    path: '/api/directory/imports/:id/cancel',
    tags,
    personalData: true,
    summary: 'Abandonne un import et efface ses lignes en attente',
    params,
    response: importRunSchema,
    errors,
  }),
  get: route({
    method: 'GET',
    path: '/api/directory/imports/:id',
    tags,
    summary: 'Progression, aperçu et rapport d’un import',
    params,
    response: importRunSchema,
    errors,
  }),
  list: route({
    method: 'GET',
    path: '/api/directory/imports',
    tags,
    summary: 'Imports récents',
    response: z.object({ items: z.array(importRunSchema) }),
  }),
} as const;
