import type { z } from 'zod';

/** The HTTP methods the API uses. */
export type HttpMethod = 'GET' | 'POST' | 'PUT' | 'DELETE';

/** Error statuses a route may answer, each with the `{"error": …}` body. */
export type ErrorStatus = 400 | 401 | 403 | 404 | 409 | 413 | 422 | 429;

/**
 * One endpoint, declared once: the API registers its handler from it and the web client calls
 * it through it, so that a renamed field or path breaks the build on both sides.
 */
export interface RouteSpec {
  readonly method: HttpMethod;
  /** Fastify path pattern: `/api/cpts/:id`. */
  readonly path: string;
  readonly summary: string;
  readonly tags: readonly string[];
  /**
   * Returns, exports or changes personal data: tagged « données personnelles » in the OpenAPI
   * document, and every call writes an audit entry (docs/reference/personal-data.md).
   */
  readonly personalData?: boolean;
  readonly params?: z.ZodType;
  readonly query?: z.ZodType;
  readonly body?: z.ZodType;
  /** Success status; 200 unless said. */
  readonly status?: 200 | 201 | 204;
  /** The JSON answer. Absent for a 204, a file or a redirect. */
  readonly response?: z.ZodType;
  /**
   * A large answer the server builds itself from stored data (map contours, megabytes of
   * coordinates): sent as JSON without checking it against `response`, which still types it
   * for both sides and documents it. Checking it would cost longer than sending it.
   */
  readonly largeResponse?: true;
  /** A generated file (PDF, XLSX, CSV) sent as an attachment, never cached. */
  readonly file?: true;
  /** A browser redirect (sign-in flows). */
  readonly redirect?: true;
  /** The body is the raw `application/octet-stream` upload, streamed to the handler. */
  readonly upload?: true;
  /** Larger request bodies than the application's default (uploads). */
  readonly bodyLimit?: number;
  readonly errors?: readonly ErrorStatus[];
}

/** Declares a route, keeping its literal types (paths, schemas) for the server and the client. */
export function route<const S extends RouteSpec>(spec: S): S {
  return spec;
}

/** A table of routes of one area: `{ list: route(…), create: route(…) }`. */
export type RouteTable = Readonly<Record<string, RouteSpec>>;

type Parsed<T> = T extends z.ZodType ? z.output<T> : undefined;
type Sent<T> = T extends z.ZodType ? z.input<T> : undefined;

/** What a handler receives, validated and with defaults applied. */
export interface RouteInput<S extends RouteSpec> {
  params: Parsed<S['params']>;
  query: Parsed<S['query']>;
  body: S['upload'] extends true ? unknown : Parsed<S['body']>;
}

/** What a client sends (before defaults and coercion). */
export type ClientInput<S extends RouteSpec> = {
  [K in 'params' | 'query' | 'body' as S[K] extends z.ZodType ? K : never]: Sent<S[K]>;
};

/** A generated file as the handler returns it. */
export interface FileDownload {
  name: string;
  type: string;
  body: Uint8Array | string;
}

/** What the handler of a route returns. */
export type RouteOutput<S extends RouteSpec> = S['file'] extends true
  ? FileDownload
  : S['redirect'] extends true
    ? { redirect: string }
    : S['response'] extends z.ZodType
      ? z.input<S['response']>
      : undefined;

/** What the client receives. */
export type ClientOutput<S extends RouteSpec> = S['response'] extends z.ZodType ? z.output<S['response']> : undefined;

/** Fills a path pattern: `/api/cpts/:id` with `{ id: 'x y' }` → `/api/cpts/x%20y`. */
export function fillPath(pattern: string, params: Readonly<Record<string, unknown>> | undefined): string {
  return pattern.replace(/:(\w+)/g, (_, name: string) => {
    const value = params?.[name];
    if (value === undefined || value === null) throw new Error(`Paramètre de chemin manquant : ${name}`);
    return encodeURIComponent(String(value));
  });
}

/** `?a=1&b=x`, skipping absent and empty values; arrays repeat the key. */
export function queryString(query: Readonly<Record<string, unknown>> | undefined): string {
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(query ?? {})) {
    if (value === undefined || value === null || value === '') continue;
    for (const item of Array.isArray(value) ? value : [value]) search.append(key, String(item));
  }
  const text = search.toString();
  return text ? `?${text}` : '';
}
