import type { OidcErrorCode } from '@maillon/contracts';
import { type ClientInfo, type OpenedSession, openSession } from '../auth/sessions.ts';
import { findOrCreatePscUser } from './link-psc-account.ts';
import type { OidcContext, OidcProvider, OpenedTransaction } from './oidc-ports.ts';
import { pscIdentityFromClaims } from './psc-claims.ts';

export type OidcLoginResult = { ok: true; opened: OpenedSession } | { ok: false; reason: OidcErrorCode; cause?: unknown };

const refused = (reason: OidcErrorCode, cause?: unknown): OidcLoginResult => ({ ok: false, reason, ...(cause ? { cause } : {}) });

/**
 * Ends a Pro Santé Connect login: the callback must carry the state of the transaction this
 * browser started, within its lifetime; the identity then opens the same server-side session
 * as a password login, replacing the one the browser had (`replacedSession`, its token hash).
 * Any refusal opens no session and names its reason.
 */
export async function finishOidcLogin(
  ctx: OidcContext,
  options: {
    provider: OidcProvider;
    callbackQuery: URLSearchParams;
    transaction: OpenedTransaction;
    ttlHours: number;
    /** The browser signing in (address and User-Agent, for its list of active sessions). */
    browser: ClientInfo;
    replacedSession?: string | undefined;
  },
): Promise<OidcLoginResult> {
  const { transaction } = options;
  if (!transaction.ok) return refused(transaction.reason);
  // Checked before anything else, provider errors included: an answer to another login is ignored.
  if (options.callbackQuery.get('state') !== transaction.transaction.state) return refused('invalid_state');
  const claims = await options.provider.claims(options.callbackQuery, transaction.transaction);
  if (!claims.ok) return refused(claims.reason, claims.cause);
  const identity = pscIdentityFromClaims(claims.claims);
  if (!identity) return refused('missing_identity');
  let opened: OpenedSession;
  try {
    const user = await findOrCreatePscUser(ctx, identity);
    opened = await openSession(ctx.ports.identity, { user, now: ctx.now, ttlHours: options.ttlHours, client: options.browser });
  } catch (cause) {
    return refused('internal', cause);
  }
  if (options.replacedSession) await ctx.ports.identity.deleteSession(options.replacedSession);
  return { ok: true, opened };
}
