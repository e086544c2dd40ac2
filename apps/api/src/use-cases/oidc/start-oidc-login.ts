import * as oidc from 'openid-client';
import type { OidcClient } from './oidc-client.ts';
import type { OidcTransaction } from './oidc-transaction.ts';

/**
 * Builds the authorization request (authorization code flow with PKCE S256, state and nonce:
 * OIDC Core §3.1.2.1, RFC 7636) and the transaction the callback will check.
 */
export async function startOidcLogin(client: OidcClient, now: Date): Promise<{ url: URL; transaction: OidcTransaction }> {
  const configuration = await client.configuration();
  const { settings } = client;
  const transaction: OidcTransaction = {
    state: oidc.randomState(),
    nonce: oidc.randomNonce(),
    codeVerifier: oidc.randomPKCECodeVerifier(),
    startedAt: now.getTime(),
  };
  const parameters: Record<string, string> = {
    redirect_uri: settings.redirectUri,
    scope: settings.scopes,
    state: transaction.state,
    nonce: transaction.nonce,
    code_challenge: await oidc.calculatePKCECodeChallenge(transaction.codeVerifier),
    code_challenge_method: 'S256',
  };
  // Pro Santé Connect expects acr_values=eidas1 (interop.md §8).
  if (settings.acrValues) parameters.acr_values = settings.acrValues;
  return { url: oidc.buildAuthorizationUrl(configuration, parameters), transaction };
}
