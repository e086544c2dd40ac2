import type { OidcErrorCode } from '@maillon/contracts';
import type { IdentityRepository, UserIdentitiesRepository } from '@maillon/domain';
import type { PublicContext } from '../use-case-context.ts';

/** What the callback needs to check the provider's answer belongs to the login this browser started. */
export interface OidcTransaction {
  state: string;
  nonce: string;
  /** PKCE code_verifier (RFC 7636); the provider only saw its S256 challenge. */
  codeVerifier: string;
  /** Epoch milliseconds at start. */
  startedAt: number;
}

/** The transaction the browser brought back (its cookie), or why there is none to trust. */
export type OpenedTransaction = { ok: true; transaction: OidcTransaction } | { ok: false; reason: 'invalid_state' | 'expired' };

export type ClaimsResult = { ok: true; claims: Record<string, unknown> } | { ok: false; reason: OidcErrorCode; cause?: unknown };

/**
 * The OpenID provider (Pro Santé Connect) as sign-in sees it; apps/api/src/adapters/oidc-client.ts
 * talks to it with openid-client.
 */
export interface OidcProvider {
  /** The authorization request for this transaction; rejects when the provider's metadata cannot be fetched. */
  authorizationUrl(transaction: OidcTransaction): Promise<URL>;
  /**
   * Exchanges the callback's code (with the PKCE verifier), checks the ID token (signature,
   * issuer, audience, nonce, acr) and returns its claims merged with userinfo, or why not.
   */
  claims(callbackQuery: URLSearchParams, transaction: OidcTransaction): Promise<ClaimsResult>;
}

/** What a Pro Santé Connect sign-in needs from storage. */
export interface OidcPorts {
  identity: IdentityRepository;
  userIdentities: UserIdentitiesRepository;
}

export type OidcContext = PublicContext<OidcPorts>;
