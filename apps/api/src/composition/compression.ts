import { promisify } from 'node:util';
import { brotliCompress, constants, gzip } from 'node:zlib';

/** The encodings the API answers in, preferred first (brotli is ~20 % smaller than gzip on JSON). */
export const ENCODINGS = ['br', 'gzip'] as const;
export type ContentEncoding = (typeof ENCODINGS)[number];

/** Below 1 KiB, compression saves less than its headers and CPU cost (also @fastify/compress's default). */
export const COMPRESSION_THRESHOLD = 1024;

/**
 * Quality of the answers compressed per request (@fastify/compress): 4, brotli's fast setting.
 * An answer kept by the page cache is compressed once per version and served many times, so it
 * gets more: quality 9 is ~10 % smaller than 4 on a CPTS page and still takes ~1 ms.
 */
export const KEPT_BROTLI_QUALITY = 9;

const brotli = promisify(brotliCompress);
const gzipped = promisify(gzip);

/** An answer's bytes compressed for keeping, off the event loop (libuv's thread pool). */
export function compressKept(body: Buffer, encoding: ContentEncoding): Promise<Buffer> {
  if (encoding === 'gzip') return gzipped(body, { level: 9 });
  return brotli(body, {
    params: {
      [constants.BROTLI_PARAM_MODE]: constants.BROTLI_MODE_TEXT,
      [constants.BROTLI_PARAM_QUALITY]: KEPT_BROTLI_QUALITY,
      [constants.BROTLI_PARAM_SIZE_HINT]: body.byteLength,
    },
  });
}
