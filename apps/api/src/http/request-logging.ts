import type { FastifyInstance } from 'fastify';

/**
 * One line per request at most, instead of Fastify's two info lines (issue #11 item 3: at
 * thousands of requests per second the log itself became the bottleneck). Server errors are
 * always logged; client errors and successes at debug level, except a sample at info level so
 * that a production log still shows the traffic's shape. Same serializers and redaction as every
 * other line (logging.ts): method, route and parameter names, never values.
 */
export function registerRequestLogging(app: FastifyInstance, sampleRate: number): void {
  app.addHook('onResponse', async (request, reply) => {
    const status = reply.statusCode;
    const fields = { req: request, status, ms: Math.round(reply.elapsedTime) };
    if (status >= 500) request.log.error(fields, 'request failed');
    else if (sampleRate > 0 && Math.random() < sampleRate) request.log.info({ ...fields, sampled: sampleRate }, 'request completed');
    else request.log.debug(fields, 'request completed');
  });
}
