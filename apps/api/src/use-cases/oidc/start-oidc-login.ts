import { randomBytes } from 'node:crypto';
import type { OidcProvider, OidcTransaction } from './oidc-ports.ts';

/** 32 random bytes, base64url: the entropy openid-client gives state, nonce and verifier (RFC 7636 §4.1). */
const randomValue = () => randomBytes(32).toString('base64url');

/**
 * Starts a Pro Santé Connect login (authorization code flow with PKCE S256, state and nonce:
 * OIDC Core §3.1.2.1, RFC 7636): the transaction the callback will check, and where to send
 * the browser.
 */
export async function startOidcLogin(provider: OidcProvider, now: Date): Promise<{ url: URL; transaction: OidcTransaction }> {
  const transaction: OidcTransaction = {
    state: randomValue(),
    nonce: randomValue(),
    codeVerifier: randomValue(),
    startedAt: now.getTime(),
  };
  return { url: await provider.authorizationUrl(transaction), transaction };
}
