import type { IncomingMessage, ServerResponse } from 'node:http';
import fastifyCompress from '@fastify/compress';
import type { FastifyInstance } from 'fastify';
import helmet, { type HelmetOptions } from 'helmet';
import { COMPRESSION_THRESHOLD, ENCODINGS } from '../composition/compression.ts';

/** One year: what HSTS preload lists ask for (hstspreload.org) and what OWASP's HSTS cheat sheet advises. */
const HSTS = 'max-age=31536000; includeSubDomains';

/**
 * Security headers and compression for every response (OWASP Secure Headers Project; ANSSI,
 * « Recommandations pour la sécurisation des sites web »):
 * - a strict Content-Security-Policy: scripts from this origin only (Vite emits no inline script,
 *   the SPA is one `<script type="module" src="/assets/…">`); styles also allow 'unsafe-inline'
 *   because Mantine injects `<style>` elements (CSS variables of the theme, color scheme) and React
 *   renders `style=` attributes for Mantine's style props: neither can carry a nonce or a hash.
 *   Injected CSS cannot run script; the script policy is what stops XSS. `frame-ancestors 'none'`
 *   (and X-Frame-Options: DENY for older browsers) forbids framing (clickjacking);
 * - nosniff, `Referrer-Policy: no-referrer` (URLs hold CPTS and member ids), COOP/CORP same-origin;
 * - HSTS only when the request came over HTTPS (`request.protocol` honours the trusted proxies):
 *   sent over plain HTTP it is ignored by browsers anyway, and on localhost it would pin the
 *   developer's browser to HTTPS;
 * - gzip/brotli of JS, CSS, JSON and SVG above 1 KiB (not of XLSX/PDF, already compressed).
 */
/**
 * The headers Helmet sets for these options, computed once: they are the same for every
 * response (no nonce), and building Helmet's middleware on each request (as @fastify/helmet
 * does) cost ~5 % of the server's CPU at thousands of requests per second (issue #11 item 3,
 * `--cpu-prof` under `npm run bench:api`).
 */
function helmetHeaders(options: HelmetOptions): Record<string, string> {
  const headers: Record<string, string> = {};
  const response = {
    setHeader: (name: string, value: string | number) => {
      headers[name.toLowerCase()] = String(value);
    },
    removeHeader: () => {},
  };
  helmet(options)({} as IncomingMessage, response as unknown as ServerResponse, (error?: unknown) => {
    if (error) throw error;
  });
  return headers;
}

export async function registerSecurityHeaders(app: FastifyInstance): Promise<void> {
  const headers = helmetHeaders({
    contentSecurityPolicy: {
      useDefaults: false,
      directives: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'"],
        styleSrc: ["'self'", "'unsafe-inline'"],
        imgSrc: ["'self'", 'data:'],
        fontSrc: ["'self'", 'data:'],
        connectSrc: ["'self'"],
        objectSrc: ["'none'"],
        baseUri: ["'self'"],
        formAction: ["'self'"],
        frameAncestors: ["'none'"],
      },
    },
    frameguard: { action: 'deny' },
    referrerPolicy: { policy: 'no-referrer' },
    hsts: false,
  });
  app.addHook('onRequest', async (request, reply) => {
    reply.headers(headers);
    if (request.protocol === 'https') reply.header('strict-transport-security', HSTS);
  });
  // Nothing the API answers may be kept by a browser or a proxy: it carries members' contacts
  // (OWASP Session Management Cheat Sheet, "Web Content Caching"). A route that sets its own
  // Cache-Control on purpose (public reference contours) keeps it.
  app.addHook('onSend', async (request, reply) => {
    if (request.url.startsWith('/api/') && !reply.hasHeader('cache-control')) reply.header('cache-control', 'no-store');
  });
  await app.register(fastifyCompress, {
    global: true,
    threshold: COMPRESSION_THRESHOLD,
    encodings: [...ENCODINGS],
    globalDecompression: false,
  });
}
