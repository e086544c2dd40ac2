import { Readable } from 'node:stream';
import type { directoryImportsApi } from '@maillon/contracts';
import { DomainError } from '@maillon/domain';
import type { FastifyRequest } from 'fastify';
import type { AppContext } from '../context.ts';
import type { Handlers } from '../http/register-routes.ts';
import { useCaseContext } from '../http/request-context.ts';
import {
  applyUpload,
  cancelUpload,
  createUpload,
  getUpload,
  receiveUpload,
  recentUploads,
} from '../use-cases/directory/directory-uploads.ts';
import type { UploadContext } from '../use-cases/directory/import-ports.ts';

/** The upload as the raw stream the importers read; a JSON or text body is not a directory file. */
function fileStream(body: unknown): Readable {
  if (body instanceof Readable) return body;
  throw new DomainError('INVALID', 'Envoyez le fichier tel quel (Content-Type: application/octet-stream).', 'body');
}

/** Directory imports (routes declared in packages/contracts/src/api/directory-imports.api.ts). */
export function directoryImportsHandlers(ctx: AppContext): Handlers<typeof directoryImportsApi> {
  const context = (request: FastifyRequest): UploadContext => ({
    ...useCaseContext(ctx, request),
    clock: ctx.clock,
    settings: ctx.config.imports,
  });
  return {
    create: async ({ body }, request) => ({ id: await createUpload(context(request), body) }),
    sendContent: async ({ params, body }, request) => receiveUpload(context(request), params.id, fileStream(body)),
    apply: async ({ params }, request) => (await applyUpload(context(request), params.id)).run,
    cancel: async ({ params }, request) => cancelUpload(context(request), params.id),
    get: async ({ params }, request) => getUpload(context(request), params.id),
    list: async (_input, request) => ({ items: await recentUploads(context(request)) }),
  };
}
