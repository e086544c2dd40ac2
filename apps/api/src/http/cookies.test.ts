import type { FastifyRequest } from 'fastify';
import { describe, expect, it } from 'vitest';
import { secureCookies } from './cookies.ts';

const request = (protocol: 'http' | 'https', hostname: string) => ({ protocol, hostname }) as FastifyRequest;

describe('secureCookies', () => {
  it('sets the Secure flag by default, except on plain HTTP to this machine', () => {
    for (const host of ['localhost', '127.0.0.1', '[::1]', 'maillon.localhost'])
      expect(secureCookies(undefined, request('http', host)), host).toBe(false);
    for (const host of ['maillon.exemple.fr', '192.168.1.20', 'localhost.exemple.fr', '127.0.0.1.nip.io']) {
      expect(secureCookies(undefined, request('http', host)), host).toBe(true);
    }
    expect(secureCookies(undefined, request('https', 'localhost'))).toBe(true);
  });

  it('obeys MAILLON_COOKIE_SECURE when it is set', () => {
    expect(secureCookies(true, request('http', 'localhost'))).toBe(true);
    expect(secureCookies(false, request('https', 'maillon.exemple.fr'))).toBe(false);
  });
});
