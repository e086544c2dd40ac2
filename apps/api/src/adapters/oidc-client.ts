import type { OidcErrorCode } from '@maillon/contracts';
import * as oidc from 'openid-client';
import type { OidcConfig } from '../config.ts';
import type { ClaimsResult, OidcProvider, OidcTransaction } from '../use-cases/oidc/oidc-ports.ts';

/** The relying party: provider metadata discovered once per process, then reused. */
export interface OidcClient extends OidcProvider {
  settings: OidcConfig;
}

const LOOPBACK_HOSTS = new Set(['127.0.0.1', 'localhost', '[::1]']);

/**
 * Plain HTTP is only accepted for a provider on the loopback interface (a local test
 * provider); everything else must be HTTPS (OAuth 2.0 Security BCP, RFC 9700 §2.6).
 */
export function allowsPlainHttp(issuer: string): boolean {
  const url = new URL(issuer);
  return url.protocol === 'http:' && LOOPBACK_HOSTS.has(url.hostname);
}

async function discover(settings: OidcConfig): Promise<oidc.Configuration> {
  const options: oidc.DiscoveryRequestOptions = allowsPlainHttp(settings.issuer) ? { execute: [oidc.allowInsecureRequests] } : {};
  // Pro Santé Connect serves its metadata at a non-standard path (docs/reference/pro-sante-connect.md):
  // fetching it directly skips openid-client's issuer check, so it is done here instead.
  const location = new URL(settings.discoveryUrl ?? settings.issuer);
  const configuration = await oidc.discovery(
    location,
    settings.clientId,
    undefined,
    oidc.ClientSecretBasic(settings.clientSecret),
    options,
  );
  const issuer = configuration.serverMetadata().issuer;
  if (issuer !== settings.issuer) {
    throw new Error(`Le fournisseur OIDC annonce l'émetteur ${issuer}, ${settings.issuer} attendu.`);
  }
  return configuration;
}

/** Network failures reaching the provider (fetch rejects with a TypeError). */
function isNetworkFailure(error: unknown): boolean {
  return error instanceof TypeError && /fetch failed/i.test(error.message);
}

function classify(error: unknown): OidcErrorCode {
  if (error instanceof oidc.AuthorizationResponseError) return error.error === 'access_denied' ? 'access_denied' : 'provider_error';
  if (isNetworkFailure(error)) return 'unavailable';
  return 'token_rejected';
}

/** Code exchange (with the PKCE verifier), ID token checks (signature, issuer, audience, nonce), then userinfo. */
async function fetchClaims(options: {
  configuration: oidc.Configuration;
  settings: OidcConfig;
  callbackQuery: URLSearchParams;
  transaction: OidcTransaction;
}): Promise<Record<string, unknown> | OidcErrorCode> {
  const { configuration, settings, transaction } = options;
  const currentUrl = new URL(settings.redirectUri);
  currentUrl.search = options.callbackQuery.toString();
  const tokens = await oidc.authorizationCodeGrant(configuration, currentUrl, {
    pkceCodeVerifier: transaction.codeVerifier,
    expectedState: transaction.state,
    expectedNonce: transaction.nonce,
    idTokenExpected: true,
  });
  const idToken = tokens.claims();
  if (!idToken) return 'token_rejected';
  const acrValues = settings.acrValues?.split(' ');
  if (acrValues && !acrValues.includes(String(idToken.acr))) return 'token_rejected';
  const userinfo = await oidc.fetchUserInfo(configuration, tokens.access_token, idToken.sub);
  return { ...idToken, ...userinfo };
}

/** Discovery happens on first use; a failure is retried on the next login instead of being cached. */
export function createOidcClient(settings: OidcConfig): OidcClient {
  let pending: Promise<oidc.Configuration> | null = null;
  const configuration = () => {
    pending ??= discover(settings).catch((error: unknown) => {
      pending = null;
      throw error;
    });
    return pending;
  };
  return {
    settings,
    async authorizationUrl(transaction) {
      const parameters: Record<string, string> = {
        redirect_uri: settings.redirectUri,
        scope: settings.scopes,
        state: transaction.state,
        nonce: transaction.nonce,
        code_challenge: await oidc.calculatePKCECodeChallenge(transaction.codeVerifier),
        code_challenge_method: 'S256',
      };
      // Pro Santé Connect expects acr_values=eidas1 (docs/reference/pro-sante-connect.md).
      if (settings.acrValues) parameters.acr_values = settings.acrValues;
      return oidc.buildAuthorizationUrl(await configuration(), parameters);
    },
    async claims(callbackQuery, transaction): Promise<ClaimsResult> {
      let resolved: oidc.Configuration;
      try {
        resolved = await configuration();
      } catch (cause) {
        return { ok: false, reason: 'unavailable', cause };
      }
      try {
        const claims = await fetchClaims({ configuration: resolved, settings, callbackQuery, transaction });
        return typeof claims === 'string' ? { ok: false, reason: claims } : { ok: true, claims };
      } catch (cause) {
        return { ok: false, reason: classify(cause), cause };
      }
    },
  };
}
