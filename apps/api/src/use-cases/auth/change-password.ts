import type { ChangePasswordRequest } from '@maillon/contracts';
import { assertPasswordChangeable, checkNewPassword, invalid, type LoginThrottlePolicy, notFound } from '@maillon/domain';
import type { SessionActor } from './active-sessions.ts';
import { logAuthEvent } from './auth-events.ts';
import type { AccountContext } from './auth-ports.ts';
import { hashPassword } from './passwords.ts';
import { checkPasswordThrottled, type Throttled, throttledOutcome, throttleKeys } from './throttled-password-check.ts';

/**
 * Changes the signed-in user's password: the current one is required and checked under the
 * same throttle as login (a stolen session must not become a password oracle), the new one
 * follows the password policy; by default the user's other sessions end (OWASP Session
 * Management Cheat Sheet: invalidate sessions after a password change).
 */
export async function changePassword(
  ctx: AccountContext,
  options: { actor: SessionActor; input: ChangePasswordRequest; throttle: LoginThrottlePolicy },
): Promise<{ kind: 'changed'; closedSessions: number } | Throttled> {
  const { actor, input } = options;
  const { now } = ctx;
  const { identity } = ctx.ports;
  const user = await identity.findUserById(actor.session.principal.userId);
  if (!user) throw notFound('Compte introuvable.');
  assertPasswordChangeable(user);
  checkNewPassword(input);
  const check = await checkPasswordThrottled({
    throttle: ctx.ports.loginThrottle,
    keys: throttleKeys(user.email, actor.client.address),
    passwordHash: user.passwordHash,
    password: input.currentPassword,
    now,
    policy: options.throttle,
  });
  const source = actor.client.address;
  if (check.kind === 'throttled') return throttledOutcome(actor.log, { userId: user.id, source, check });
  if (!check.ok) {
    logAuthEvent(actor.log, { event: 'login.failed', userId: user.id, source });
    throw invalid('currentPassword', 'Mot de passe actuel incorrect.');
  }
  await identity.setPasswordHash(user.id, await hashPassword(input.newPassword));
  await ctx.ports.audit.record({ action: 'update', entity: 'account', recordIds: [user.id], cptsId: null, details: { field: 'password' } });
  logAuthEvent(actor.log, { event: 'password.changed', userId: user.id, source });
  const closedSessions = input.closeOtherSessions ? await identity.deleteOtherSessions(user.id, actor.session.sessionId) : 0;
  if (closedSessions > 0) {
    logAuthEvent(actor.log, { event: 'session.revoked', userId: user.id, source, sessions: closedSessions, reason: 'password-change' });
  }
  return { kind: 'changed', closedSessions };
}
