import { Readable } from 'node:stream';
import { createImportSchema, errorBodySchema, importRunSchema, PERSONAL_DATA_TAG, uuidSchema } from '@maillon/contracts';
import { DomainError } from '@maillon/domain';
import { z } from 'zod';
import type { AppContext } from '../context.ts';
import { requirePrincipal } from '../http/auth-hooks.ts';
import { requestAudit } from '../http/request-context.ts';
import type { App } from '../http/types.ts';
import {
  applyUpload,
  cancelUpload,
  createUpload,
  getUpload,
  receiveUpload,
  recentUploads,
} from '../use-cases/directory/directory-uploads.ts';

/** Directory files can be large (the national RPPS extraction is several hundred megabytes). */
const UPLOAD_LIMIT = 2 * 1024 ** 3;

/** The upload as the raw stream the importers read; a JSON or text body is not a directory file. */
function fileStream(body: unknown): Readable {
  if (body instanceof Readable) return body;
  throw new DomainError('INVALID', 'Envoyez le fichier tel quel (Content-Type: application/octet-stream).', 'body');
}

export function directoryImportRoutes(app: App, ctx: AppContext): void {
  const tags = ['annuaire'];
  const personal = [...tags, PERSONAL_DATA_TAG];
  const errors = { 403: errorBodySchema, 404: errorBodySchema, 409: errorBodySchema, 422: errorBodySchema };
  const params = z.object({ id: uuidSchema });
  const context = (request: Parameters<typeof requirePrincipal>[0]) => ({
    db: ctx.database.db,
    principal: requirePrincipal(request),
    now: ctx.clock,
    settings: ctx.config.imports,
    audit: requestAudit(ctx, request),
  });

  // The raw upload is handed to the importer as a stream, never buffered.
  if (!app.hasContentTypeParser('application/octet-stream')) {
    app.addContentTypeParser('application/octet-stream', (_request, payload, done) => done(null, payload));
  }

  app.post(
    '/api/directory/imports',
    {
      schema: {
        tags,
        summary: 'Prépare un import (RPPS, savoir-faire, FINESS)',
        body: createImportSchema,
        response: { 201: z.object({ id: z.string() }), ...errors },
      },
    },
    async (request, reply) => reply.status(201).send({ id: await createUpload(context(request), request.body) }),
  );

  app.put(
    '/api/directory/imports/:id/content',
    {
      bodyLimit: UPLOAD_LIMIT,
      schema: {
        tags: personal,
        summary: 'Envoie le fichier (corps application/octet-stream) : lecture et aperçu, sans rien appliquer',
        params,
        response: { 200: importRunSchema, ...errors },
      },
    },
    async (request) => receiveUpload(context(request), request.params.id, fileStream(request.body)),
  );

  app.post(
    '/api/directory/imports/:id/apply',
    {
      schema: {
        tags: personal,
        summary: "Applique l'aperçu à l'annuaire (une seule fois)",
        params,
        response: { 200: importRunSchema, ...errors },
      },
    },
    async (request) => (await applyUpload(context(request), request.params.id)).run,
  );

  app.post(
    '/api/directory/imports/:id/cancel',
    {
      schema: {
        tags: personal,
        summary: 'Abandonne un import et efface ses lignes en attente',
        params,
        response: { 200: importRunSchema, ...errors },
      },
    },
    async (request) => cancelUpload(context(request), request.params.id),
  );

  app.get(
    '/api/directory/imports/:id',
    {
      schema: { tags, summary: 'Progression, aperçu et rapport d’un import', params, response: { 200: importRunSchema, ...errors } },
    },
    async (request) => getUpload(context(request), request.params.id),
  );

  app.get(
    '/api/directory/imports',
    { schema: { tags, summary: 'Imports récents', response: { 200: z.object({ items: z.array(importRunSchema) }) } } },
    async (request) => ({ items: await recentUploads(context(request)) }),
  );
}
