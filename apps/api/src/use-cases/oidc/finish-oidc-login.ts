import type { OidcErrorCode } from '@maillon/contracts';
import type { Db } from '@maillon/db';
import * as oidc from 'openid-client';
import type { OidcConfig } from '../../config.ts';
import { type ClientInfo, type OpenedSession, openSession } from '../auth/sessions.ts';
import { findOrCreatePscUser } from './link-psc-account.ts';
import type { OidcClient } from './oidc-client.ts';
import type { OidcTransaction, OpenedTransaction } from './oidc-transaction.ts';
import { pscIdentityFromClaims } from './psc-claims.ts';

export type OidcLoginResult = { ok: true; opened: OpenedSession } | { ok: false; reason: OidcErrorCode; cause?: unknown };

const refused = (reason: OidcErrorCode, cause?: unknown): OidcLoginResult => ({ ok: false, reason, ...(cause ? { cause } : {}) });

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

/**
 * Ends a Pro Santé Connect login: the callback must carry the state of the transaction this
 * browser started, within its lifetime; the identity then opens the same server-side session
 * as a password login. Any refusal opens no session and names its reason.
 */
export async function finishOidcLogin(options: {
  db: Db;
  client: OidcClient;
  callbackQuery: URLSearchParams;
  transaction: OpenedTransaction;
  now: Date;
  ttlHours: number;
  /** The browser signing in (address and User-Agent, for its list of active sessions). */
  browser: ClientInfo;
}): Promise<OidcLoginResult> {
  const { transaction } = options;
  if (!transaction.ok) return refused(transaction.reason);
  // Checked before anything else, provider errors included: an answer to another login is ignored.
  if (options.callbackQuery.get('state') !== transaction.transaction.state) return refused('invalid_state');
  let configuration: oidc.Configuration;
  try {
    configuration = await options.client.configuration();
  } catch (cause) {
    return refused('unavailable', cause);
  }
  let claims: Record<string, unknown> | OidcErrorCode;
  try {
    claims = await fetchClaims({
      configuration,
      settings: options.client.settings,
      callbackQuery: options.callbackQuery,
      transaction: transaction.transaction,
    });
  } catch (cause) {
    return refused(classify(cause), cause);
  }
  if (typeof claims === 'string') return refused(claims);
  const identity = pscIdentityFromClaims(claims);
  if (!identity) return refused('missing_identity');
  try {
    const user = await findOrCreatePscUser(options.db, identity, options.now);
    return {
      ok: true,
      opened: await openSession({ db: options.db, user, now: options.now, ttlHours: options.ttlHours, client: options.browser }),
    };
  } catch (cause) {
    return refused('internal', cause);
  }
}
