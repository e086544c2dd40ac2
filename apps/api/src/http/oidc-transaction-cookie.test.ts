import { describe, expect, it } from 'vitest';
import { createTransactionSealer, type OidcTransaction } from './oidc-transaction-cookie.ts';

const NOW = new Date('2026-11-22T10:00:00Z');
const transaction: OidcTransaction = { state: 'state-1', nonce: 'nonce-1', codeVerifier: 'verifier-1', startedAt: NOW.getTime() };

describe('OIDC transaction cookie', () => {
  const sealer = createTransactionSealer('client-secret');

  it('opens what it sealed, within ten minutes', () => {
    const cookie = sealer.seal(transaction);
    expect(sealer.open(cookie, new Date(NOW.getTime() + 9 * 60_000))).toEqual({ ok: true, transaction });
  });

  it('refuses an expired, missing, altered or foreign cookie', () => {
    const cookie = sealer.seal(transaction);
    expect(sealer.open(cookie, new Date(NOW.getTime() + 11 * 60_000))).toEqual({ ok: false, reason: 'expired' });
    expect(sealer.open(undefined, NOW)).toEqual({ ok: false, reason: 'invalid_state' });
    const [payload, signature] = cookie.split('.');
    const altered = Buffer.from(JSON.stringify({ ...transaction, state: 'other' })).toString('base64url');
    expect(sealer.open(`${altered}.${signature}`, NOW)).toEqual({ ok: false, reason: 'invalid_state' });
    expect(createTransactionSealer('another-deployment').open(`${payload}.${signature}`, NOW)).toEqual({
      ok: false,
      reason: 'invalid_state',
    });
  });

  it('does not reveal the client secret in the cookie', () => {
    expect(sealer.seal(transaction)).not.toContain('client-secret');
  });
});
