import { negotiate } from '@fastify/accept-negotiator';
import type { FastifyRequest } from 'fastify';
import { type ContentEncoding, ENCODINGS } from '../composition/compression.ts';

/** `*` (no preference) and `x-gzip` read as gzip (RFC 9110 §12.5.3), as @fastify/compress reads them. */
const GZIP_ALIAS = /\*|x-gzip/gu;

/**
 * The encoding an answer is sent in, negotiated from `Accept-Encoding` the way @fastify/compress
 * negotiates the others (same library, same aliases, same `x-no-compression` opt-out), so that a
 * kept answer goes out as any other would; null for the identity.
 */
export function negotiatedEncoding(request: FastifyRequest): ContentEncoding | null {
  const header = request.headers['accept-encoding'];
  if (header === undefined || request.headers['x-no-compression'] !== undefined) return null;
  const chosen = negotiate(header.toLowerCase().replace(GZIP_ALIAS, 'gzip'), [...ENCODINGS]);
  return chosen === 'br' || chosen === 'gzip' ? chosen : null;
}
