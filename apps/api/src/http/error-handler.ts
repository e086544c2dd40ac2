import { DomainError } from '@maillon/domain';
import type { FastifyError, FastifyInstance } from 'fastify';
import { hasZodFastifySchemaValidationErrors } from 'fastify-type-provider-zod';
import { HTTP_STATUS } from './error-status.ts';

interface ValidationIssue {
  instancePath?: string;
  message?: string;
}

function pathOf(issue: ValidationIssue): string {
  return (issue.instancePath ?? '')
    .split('/')
    .filter(Boolean)
    .map((part, i) => (/^\d+$/.test(part) ? `[${part}]` : i === 0 ? part : `.${part}`))
    .join('');
}

/**
 * The one place that turns errors into responses `{"error": {code, message, field?}}`:
 * domain errors through the status table, schema errors as INVALID naming the field,
 * anything else as a 500 whose cause stays in the log only.
 */
export function registerErrorHandler(app: FastifyInstance): void {
  app.setErrorHandler((error: FastifyError, request, reply) => {
    if (error instanceof DomainError) {
      return reply.status(HTTP_STATUS[error.code]).send({
        error: { code: error.code, message: error.message, ...(error.field ? { field: error.field } : {}) },
      });
    }
    if (hasZodFastifySchemaValidationErrors(error)) {
      const first = error.validation[0] as ValidationIssue | undefined;
      const field = first ? pathOf(first) : undefined;
      const where = error.validationContext === 'querystring' ? 'paramètre' : 'champ';
      return reply.status(422).send({
        error: {
          code: 'INVALID',
          message: `${where} ${field ? `« ${field} »` : ''} invalide : ${first?.message ?? 'valeur incorrecte'}`.replace(/\s+/g, ' '),
          ...(field ? { field } : {}),
        },
      });
    }
    if (error.statusCode && error.statusCode >= 400 && error.statusCode < 500) {
      const message =
        error.code === 'FST_ERR_CTP_INVALID_JSON_BODY' || error.code === 'FST_ERR_CTP_EMPTY_JSON_BODY'
          ? 'Corps de requête JSON invalide.'
          : error.code === 'FST_ERR_CTP_INVALID_MEDIA_TYPE'
            ? 'Type de contenu non pris en charge (JSON attendu).'
            : error.statusCode === 413
              ? 'Requête trop volumineuse.'
              : 'Requête invalide.';
      return reply.status(error.statusCode).send({ error: { code: 'INVALID', message } });
    }
    request.log.error({ err: error }, 'unexpected error');
    return reply.status(500).send({ error: { code: 'INTERNAL', message: 'Erreur interne du serveur.' } });
  });
}

/**
 * Unknown routes: a JSON 404 under /api; with the web app built, any other GET gets the SPA
 * shell so that client-side routes (e.g. /cpts/…) survive a reload. Registered once, after
 * @fastify/static (Fastify allows one not-found handler per scope).
 */
export function registerNotFoundHandler(app: FastifyInstance, options: { spa: boolean }): void {
  app.setNotFoundHandler((request, reply) => {
    const path = request.url.split('?')[0] ?? '';
    // Client routes have no file extension; a missing asset (/assets/x.js) stays a 404.
    if (options.spa && request.method === 'GET' && !path.startsWith('/api/') && !/\.[a-z0-9]+$/i.test(path)) {
      return reply.sendFile('index.html');
    }
    return reply
      .status(404)
      .send({ error: { code: 'NOT_FOUND', message: `Ressource introuvable : ${request.method} ${request.url.split('?')[0]}` } });
  });
}
