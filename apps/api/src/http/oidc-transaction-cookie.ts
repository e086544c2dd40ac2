import { hkdfSync } from 'node:crypto';
import { Signer } from '@fastify/cookie';
import type { OidcTransaction, OpenedTransaction } from '../use-cases/oidc/oidc-ports.ts';

export type { OidcTransaction, OpenedTransaction };

export const OIDC_TRANSACTION_COOKIE = 'maillon_oidc';

/** A login must come back from the provider within this delay. */
export const OIDC_TRANSACTION_TTL_MINUTES = 10;

/**
 * Seals and opens the login transaction carried by a signed, HttpOnly, short-lived cookie.
 *
 * Why a cookie and not a table: API processes are stateless (the callback may reach another
 * process than the start), no table is added for a value that lives ten minutes, and the
 * cookie also binds the callback to the browser that started the login (login CSRF, OIDC
 * Core §15.5.2 / RFC 6749 §10.12). Its HMAC key is derived from the client secret with HKDF,
 * so every process of the deployment shares it without another setting, and it is worthless
 * elsewhere. The verifier is only ever visible to the browser that started the login.
 */
export function createTransactionSealer(clientSecret: string) {
  const key = Buffer.from(hkdfSync('sha256', clientSecret, 'maillon', 'oidc-transaction-cookie', 32));
  const signer = new Signer(key, 'sha256');
  return {
    seal(transaction: OidcTransaction): string {
      return signer.sign(Buffer.from(JSON.stringify(transaction)).toString('base64url'));
    },
    open(cookie: string | undefined, now: Date): OpenedTransaction {
      if (!cookie) return { ok: false, reason: 'invalid_state' };
      const unsigned = signer.unsign(cookie);
      if (!unsigned.valid || unsigned.value === null) return { ok: false, reason: 'invalid_state' };
      const transaction = parseTransaction(unsigned.value);
      if (!transaction) return { ok: false, reason: 'invalid_state' };
      const age = now.getTime() - transaction.startedAt;
      if (age < 0 || age > OIDC_TRANSACTION_TTL_MINUTES * 60_000) return { ok: false, reason: 'expired' };
      return { ok: true, transaction };
    },
  };
}

export type TransactionSealer = ReturnType<typeof createTransactionSealer>;

function parseTransaction(encoded: string): OidcTransaction | null {
  try {
    const value = JSON.parse(Buffer.from(encoded, 'base64url').toString('utf8')) as Partial<OidcTransaction>;
    const { state, nonce, codeVerifier, startedAt } = value;
    if (typeof state !== 'string' || typeof nonce !== 'string' || typeof codeVerifier !== 'string' || typeof startedAt !== 'number') {
      return null;
    }
    return { state, nonce, codeVerifier, startedAt };
  } catch {
    return null;
  }
}
