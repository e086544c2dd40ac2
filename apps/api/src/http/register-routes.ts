import {
  type Endpoints,
  endpoints,
  errorBodySchema,
  type FileDownload,
  PERSONAL_DATA_TAG,
  type RouteInput,
  type RouteOutput,
  type RouteSpec,
  type RouteTable,
} from '@maillon/contracts';
import type { FastifyReply, FastifyRequest, FastifySchema } from 'fastify';
import { z } from 'zod';
import type { ContentEncoding } from '../composition/compression.ts';
import { sendDownload } from './downloads.ts';
import type { App } from './types.ts';

/**
 * A route's answer already serialised by its own serializer (`reply.serialize`): a page kept by
 * a version-keyed cache (composition/cpts-page-cache.ts) is sent as it was made, without being
 * validated and serialised again on each request.
 */
export class SerialisedJson {
  readonly json: Buffer;
  /** Set when `json` is already compressed in it (a kept answer: composition/serialised-page-cache.ts). */
  readonly encoding: ContentEncoding | null;
  constructor(json: Buffer, encoding: ContentEncoding | null = null) {
    this.json = json;
    this.encoding = encoding;
  }
}

/** What a handler answers: the route's output, or for a JSON answer the same already serialised. */
type HandlerOutput<S extends RouteSpec> = RouteOutput<S> extends undefined ? RouteOutput<S> : RouteOutput<S> | SerialisedJson;

/** The handler of one route: validated input in, the route's answer out. */
export type Handler<S extends RouteSpec> = (
  input: RouteInput<S>,
  request: FastifyRequest,
  reply: FastifyReply,
) => Promise<HandlerOutput<S>>;

/** One handler for every route of a table: a route without a handler does not compile. */
export type Handlers<T extends RouteTable> = { [K in keyof T]: Handler<T[K]> };

/** The Fastify schema of a route: what the validator checks and what the OpenAPI document says. */
export function fastifySchema(spec: RouteSpec): FastifySchema {
  const success = spec.status ?? 200;
  return {
    tags: spec.personalData ? [...spec.tags, PERSONAL_DATA_TAG] : [...spec.tags],
    summary: spec.summary,
    ...(spec.params ? { params: spec.params } : {}),
    ...(spec.query ? { querystring: spec.query } : {}),
    ...(spec.body ? { body: spec.body } : {}),
    response: {
      ...(spec.response ? { [success]: spec.response } : spec.status === 204 ? { 204: z.null() } : {}),
      ...Object.fromEntries((spec.errors ?? []).map((status) => [status, errorBodySchema])),
    },
  };
}

function registerRoute(app: App, spec: RouteSpec, handler: Handler<RouteSpec>): void {
  app.route({
    method: spec.method,
    url: spec.path,
    schema: fastifySchema(spec),
    ...(spec.bodyLimit ? { bodyLimit: spec.bodyLimit } : {}),
    ...(spec.largeResponse ? { serializerCompiler: () => (data: unknown) => JSON.stringify(data) } : {}),
    handler: async (request, reply) => {
      const input = { params: request.params, query: request.query, body: request.body } as RouteInput<RouteSpec>;
      const output: unknown = await handler(input, request, reply);
      if (reply.sent) return reply;
      // A Buffer with its content type goes out as it is: Fastify serialises only objects.
      if (output instanceof SerialisedJson) {
        // Already compressed: @fastify/compress leaves an answer with a Content-Encoding as it is.
        if (output.encoding) {
          const vary = reply.getHeader('vary');
          reply.header('content-encoding', output.encoding).header('vary', vary ? `${vary}, accept-encoding` : 'accept-encoding');
        }
        return reply
          .status(spec.status ?? 200)
          .type('application/json; charset=utf-8')
          .send(output.json);
      }
      if (spec.file) return sendDownload(reply, output as unknown as FileDownload);
      if (spec.redirect) return reply.redirect((output as unknown as { redirect: string }).redirect);
      if (spec.status === 204) return reply.status(204).send(null);
      return reply.status(spec.status ?? 200).send(output);
    },
  });
}

/** Registers every route of `table` with its handler (the only way routes are added). */
export function registerRoutes<T extends RouteTable>(app: App, table: T, handlers: Handlers<T>): void {
  if (Object.values(table).some((spec) => spec.upload) && !app.hasContentTypeParser('application/octet-stream')) {
    // A raw upload is handed to its handler as a stream, never buffered.
    app.addContentTypeParser('application/octet-stream', (_request, payload, done) => done(null, payload));
  }
  for (const [name, spec] of Object.entries(table)) registerRoute(app, spec, handlers[name] as Handler<RouteSpec>);
}

/** A handler for every route of every area of the route table. */
export type ApiHandlers = { [A in keyof Endpoints]: Handlers<Endpoints[A]> };

/** Registers the whole route table (packages/contracts/src/api/endpoints.ts). */
export function registerApi(app: App, handlers: ApiHandlers): void {
  for (const area of Object.keys(endpoints) as (keyof Endpoints)[]) {
    registerRoutes(app, endpoints[area] as RouteTable, handlers[area] as Handlers<RouteTable>);
  }
}
