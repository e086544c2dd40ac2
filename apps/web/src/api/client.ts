import { type ClientInput, type ClientOutput, fillPath, queryString, type RouteSpec } from '@maillon/contracts';
import { fetchJson, uploadFile } from './api-client.ts';

export interface CallOptions {
  signal?: AbortSignal;
  /** Do not trigger the global 401 handler (sign-in, session probe). */
  allowUnauthorized?: boolean;
}

/** Arguments of a call: the route's input when it has one. */
type CallArgs<S extends RouteSpec> = keyof ClientInput<S> extends never
  ? [input?: Record<string, never>, options?: CallOptions]
  : [input: ClientInput<S>, options?: CallOptions];

/** The URL of a route filled with its path parameters and query (e.g. for a file download). */
export function urlOf<S extends RouteSpec>(spec: S, input: Partial<ClientInput<S>> = {}): string {
  const { params, query } = input as { params?: Record<string, unknown>; query?: Record<string, unknown> };
  return `${fillPath(spec.path, params)}${queryString(query)}`;
}

/**
 * Calls an endpoint of the route table (packages/contracts/src/api): its path, method, input
 * and answer types come from the one declaration the API registers too.
 */
export function call<S extends RouteSpec>(spec: S, ...[input, options]: CallArgs<S>): Promise<ClientOutput<S>> {
  const body = (input as { body?: unknown } | undefined)?.body;
  return fetchJson<ClientOutput<S>>(spec.method, urlOf(spec, input as unknown as Partial<ClientInput<S>>), {
    ...(body === undefined ? {} : { body }),
    ...(options?.signal ? { signal: options.signal } : {}),
    ...(options?.allowUnauthorized ? { allowUnauthorized: true } : {}),
  });
}

/** Sends a file as the raw body of an `upload` route of the route table (streamed by the API, never encoded). */
export function upload<S extends RouteSpec & { upload: true }>(spec: S, input: ClientInput<S>, file: Blob): Promise<ClientOutput<S>> {
  return uploadFile<ClientOutput<S>>(spec.method, urlOf(spec, input as unknown as Partial<ClientInput<S>>), file);
}
