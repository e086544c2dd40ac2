import { DomainError, type ErrorCode } from '@maillon/domain';
import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { hasZodFastifySchemaValidationErrors } from 'fastify-type-provider-zod';
import { databaseFailureAnswer, databaseFailureOf } from './database-errors.ts';
import { HTTP_STATUS } from './error-status.ts';
import { validationErrorBody } from './validation-errors.ts';

/** French messages for Fastify's own request errors (content-type parser, body limit). */
const FASTIFY_MESSAGES: Record<string, string> = {
  FST_ERR_CTP_INVALID_JSON_BODY: 'Corps de requête JSON invalide.',
  FST_ERR_CTP_EMPTY_JSON_BODY: 'Corps de requête JSON vide : un objet JSON est attendu.',
  FST_ERR_CTP_INVALID_MEDIA_TYPE: 'Type de contenu non pris en charge (JSON attendu).',
  FST_ERR_CTP_INVALID_CONTENT_LENGTH: 'Longueur du corps de requête incorrecte.',
  FST_ERR_CTP_BODY_TOO_LARGE: 'Requête trop volumineuse.',
  FST_ERR_CTP_INVALID_TYPE: 'Type de contenu invalide.',
  FST_ERR_BAD_URL: 'Adresse de requête mal formée.',
  FST_ERR_MAX_PARAM_LENGTH: 'Adresse de requête trop longue.',
};

const STATUS_MESSAGES: Record<number, string> = {
  400: 'Requête invalide.',
  404: 'Ressource introuvable.',
  405: 'Méthode non autorisée.',
  406: 'Format de réponse demandé non disponible.',
  408: 'Délai de requête dépassé.',
  413: 'Requête trop volumineuse.',
  414: 'Adresse de requête trop longue.',
  415: 'Type de contenu non pris en charge (JSON attendu).',
  429: 'Trop de requêtes : réessayez dans quelques instants.',
  431: 'En-têtes de requête trop volumineux.',
};

const STATUS_CODES: Record<number, ErrorCode> = {
  401: 'UNAUTHENTICATED',
  403: 'FORBIDDEN',
  404: 'NOT_FOUND',
  409: 'CONFLICT',
  429: 'RATE_LIMITED',
};

/** A request error raised before the route (parser, limits): its HTTP status, code INVALID unless the status says otherwise. */
export function requestErrorBody(error: { code?: string; statusCode?: number; name?: string }): {
  status: number;
  code: ErrorCode;
  message: string;
} {
  const status = error.statusCode ?? 400;
  const message =
    (error.code ? FASTIFY_MESSAGES[error.code] : undefined) ??
    (error.name === 'SyntaxError' ? 'Corps de requête JSON invalide.' : undefined) ??
    STATUS_MESSAGES[status] ??
    'Requête refusée.';
  return { status, code: STATUS_CODES[status] ?? 'INVALID', message };
}

const INTERNAL_MESSAGE = 'Erreur interne du serveur : l’incident est enregistré, réessayez plus tard.';

function sendError(reply: FastifyReply, status: number, error: { code: ErrorCode; message: string; field?: string | undefined }) {
  return reply.status(status).send({ error: { code: error.code, message: error.message, ...(error.field ? { field: error.field } : {}) } });
}

/** Where a failure happened, for the log: the route pattern, never the URL with its values. */
const where = (request: FastifyRequest) => ({ method: request.method, route: request.routeOptions.url ?? 'unmatched' });

/**
 * The one place that turns errors into responses `{"error": {code, message, field?}}`:
 * domain errors through the status table, schema errors as INVALID naming the field, request
 * errors (JSON, size) with their status, database conflicts as 409, and anything else as a 500
 * INTERNAL whose cause stays in the log only, without the query's parameters (http/logging.ts).
 */
export function registerErrorHandler(app: FastifyInstance): void {
  app.setErrorHandler((error: FastifyError, request, reply) => {
    if (error instanceof DomainError) return sendError(reply, HTTP_STATUS[error.code], error);
    if (hasZodFastifySchemaValidationErrors(error)) {
      return sendError(reply, HTTP_STATUS.INVALID, validationErrorBody(error.validation, error.validationContext));
    }
    const failure = databaseFailureOf(error);
    const answer = failure && databaseFailureAnswer(failure);
    if (failure && answer) {
      request.log.warn({ db: failure, ...where(request) }, 'database refused the request');
      return sendError(reply, HTTP_STATUS[answer.code], answer);
    }
    if (!failure && error.statusCode && error.statusCode >= 400 && error.statusCode < 500) {
      const { status, ...body } = requestErrorBody(error);
      return sendError(reply, status, body);
    }
    request.log.error({ err: error, ...where(request) }, 'unexpected error');
    return sendError(reply, HTTP_STATUS.INTERNAL, { code: 'INTERNAL', message: INTERNAL_MESSAGE });
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
