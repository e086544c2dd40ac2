import type { FastifyRequest } from 'fastify';

/** Loopback names (RFC 6761 §6.3 for `localhost` and its subdomains; 127.0.0.1 and ::1). */
function isLoopback(hostname: string): boolean {
  const host = hostname.toLowerCase();
  return host === 'localhost' || host.endsWith('.localhost') || host === '127.0.0.1' || host === '[::1]' || host === '::1';
}

/**
 * Whether cookies get the Secure flag: always, unless the request is plain HTTP to this machine
 * (`npm start` on http://localhost:3000, where a Secure cookie would be refused by the browser)
 * or MAILLON_COOKIE_SECURE says otherwise (`true` forces it, `false` allows plain HTTP on a
 * closed network). `request.protocol` and `hostname` honour the trusted proxies only.
 */
export function secureCookies(forced: boolean | undefined, request: FastifyRequest): boolean {
  if (forced !== undefined) return forced;
  return !(request.protocol === 'http' && isLoopback(request.hostname));
}
