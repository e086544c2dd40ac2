import { Readable } from 'node:stream';
import { createImportSchema, errorBodySchema, importRunSchema, uuidSchema } from '@maillon/contracts';
import { DomainError } from '@maillon/domain';
import { z } from 'zod';
import type { AppContext } from '../context.ts';
import { requirePrincipal } from '../http/auth-hooks.ts';
import type { App } from '../http/types.ts';
import { createUpload, getUpload, receiveUpload, recentUploads } from '../use-cases/directory/directory-uploads.ts';

/** Directory files can be large (the national RPPS extraction is several hundred megabytes). */
const UPLOAD_LIMIT = 2 * 1024 ** 3;

/** The upload as the raw stream the importers read; a JSON or text body is not a directory file. */
function fileStream(body: unknown): Readable {
  if (body instanceof Readable) return body;
  throw new DomainError('INVALID', 'Envoyez le fichier tel quel (Content-Type: application/octet-stream).', 'body');
}

export function directoryImportRoutes(app: App, ctx: AppContext): void {
  const tags = ['annuaire'];
  const errors = { 403: errorBodySchema, 404: errorBodySchema, 409: errorBodySchema, 422: errorBodySchema };
  const context = (request: Parameters<typeof requirePrincipal>[0]) => ({
    db: ctx.database.db,
    principal: requirePrincipal(request),
    now: ctx.clock,
  });

  // The raw upload is handed to the importer as a stream, never buffered.
  app.addContentTypeParser('application/octet-stream', (_request, payload, done) => done(null, payload));

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
        tags,
        summary: 'Envoie le fichier et exécute l’import (corps application/octet-stream)',
        params: z.object({ id: uuidSchema }),
        response: { 200: importRunSchema, ...errors },
      },
    },
    async (request) => receiveUpload(context(request), request.params.id, fileStream(request.body)),
  );

  app.get(
    '/api/directory/imports/:id',
    {
      schema: {
        tags,
        summary: 'Progression et rapport d’un import',
        params: z.object({ id: uuidSchema }),
        response: { 200: importRunSchema, ...errors },
      },
    },
    async (request) => getUpload(context(request), request.params.id),
  );

  app.get(
    '/api/directory/imports',
    { schema: { tags, summary: 'Imports récents', response: { 200: z.object({ items: z.array(importRunSchema) }) } } },
    async (request) => ({ items: await recentUploads(context(request)) }),
  );
}
