import type { Socket } from 'node:net';
import type { FastifyError, FastifyReply, FastifyRequest } from 'fastify';
import { requestErrorBody } from './error-handler.ts';

/**
 * Answers, in the `{"error": …}` shape and in French, the requests Node's HTTP parser refuses
 * before Fastify sees them (Fastify's `clientErrorHandler`): headers or request line over
 * `maxHeaderSize` (431), a request too slow to arrive (408), anything malformed (400). The
 * connection is then closed, as Node does (RFC 9112 §9.6: the framing can no longer be trusted).
 */
export function clientErrorHandler(error: NodeJS.ErrnoException, socket: Socket): void {
  if (error.code === 'ECONNRESET' || socket.destroyed) return;
  const [status, reason, message] =
    error.code === 'HPE_HEADER_OVERFLOW'
      ? [431, 'Request Header Fields Too Large', 'En-têtes de requête trop volumineux (adresse trop longue ou cookies trop nombreux).']
      : error.code === 'ERR_HTTP_REQUEST_TIMEOUT'
        ? [408, 'Request Timeout', 'Délai de requête dépassé.']
        : [400, 'Bad Request', 'Requête HTTP mal formée.'];
  const body = JSON.stringify({ error: { code: 'INVALID', message } });
  if (socket.writable) {
    socket.write(
      `HTTP/1.1 ${status} ${reason}\r\nContent-Type: application/json; charset=utf-8\r\nContent-Length: ${Buffer.byteLength(body)}\r\n` +
        `Cache-Control: no-store\r\nX-Content-Type-Options: nosniff\r\nConnection: close\r\n\r\n${body}`,
    );
  }
  socket.destroy();
}

/**
 * Fastify's `frameworkErrors`: a URL that does not decode (400) or a path parameter longer than
 * `maxParamLength` (414), answered like every other error; these skip the route's hooks, so the
 * API's no-store and nosniff headers are set here.
 */
export function frameworkErrorHandler(error: FastifyError, _request: FastifyRequest, reply: FastifyReply): void {
  const { status, code, message } = error.statusCode && error.statusCode >= 500 ? internal() : requestErrorBody(error);
  void reply
    .status(status)
    .header('cache-control', 'no-store')
    .header('x-content-type-options', 'nosniff')
    .send({ error: { code, message } });
}

const internal = () => ({ status: 500, code: 'INTERNAL' as const, message: 'Erreur interne du serveur.' });
