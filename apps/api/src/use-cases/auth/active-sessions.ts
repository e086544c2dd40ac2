import type { ActiveSessionDto } from '@maillon/contracts';
import { notFound } from '@maillon/domain';
import { type AuthEventLog, logAuthEvent } from './auth-events.ts';
import type { AccountContext, SignInContext } from './auth-ports.ts';
import type { AuthenticatedSession, ClientInfo } from './sessions.ts';

/**
 * Who asks: their session, their address, where events go. A user's sessions (addresses,
 * devices) and password are personal data: reading or changing them is audited.
 */
export interface SessionActor {
  session: AuthenticatedSession;
  client: ClientInfo;
  log: AuthEventLog;
}

/** The current user's unexpired sessions, most recently active first, this one marked. */
export async function listActiveSessions(ctx: AccountContext, actor: SessionActor): Promise<ActiveSessionDto[]> {
  const { session } = actor;
  const rows = await ctx.ports.identity.listSessions(session.principal.userId, ctx.now);
  await ctx.ports.audit.record({ action: 'read', entity: 'session', recordIds: rows.map((r) => r.id), cptsId: null });
  return rows.map((row) => ({
    id: row.id,
    device: row.deviceLabel,
    sourceAddress: row.sourceAddress,
    createdAt: row.createdAt.toISOString(),
    lastSeenAt: row.lastSeenAt.toISOString(),
    current: row.id === session.sessionId,
  }));
}

/**
 * Closes one of the user's own sessions (another user's id is "not found", never closed). Its
 * next request is a 401. Returns whether it was the session making the request.
 */
export async function revokeSession(ctx: AccountContext, actor: SessionActor, sessionId: string): Promise<{ current: boolean }> {
  const userId = actor.session.principal.userId;
  if (!(await ctx.ports.identity.deleteUserSession(userId, sessionId))) {
    throw notFound('Session introuvable : elle est peut-être déjà fermée.');
  }
  await ctx.ports.audit.record({ action: 'delete', entity: 'session', recordIds: [sessionId], cptsId: null });
  logAuthEvent(actor.log, { event: 'session.revoked', userId, source: actor.client.address, sessions: 1, reason: 'user' });
  return { current: sessionId === actor.session.sessionId };
}

/** Closes every session of the user but this one; returns how many were closed. */
export async function revokeOtherSessions(ctx: AccountContext, actor: SessionActor): Promise<number> {
  const userId = actor.session.principal.userId;
  const closed = await ctx.ports.identity.deleteOtherSessions(userId, actor.session.sessionId);
  await ctx.ports.audit.record({ action: 'delete', entity: 'session', recordIds: [], cptsId: null, details: { closed } });
  if (closed > 0)
    logAuthEvent(actor.log, { event: 'session.revoked', userId, source: actor.client.address, sessions: closed, reason: 'user' });
  return closed;
}

/** Signs out: the session of this cookie (its token hash) ends; without one there is nothing to do. */
export async function logout(ctx: SignInContext, tokenHash: string | undefined): Promise<void> {
  if (tokenHash) await ctx.ports.identity.deleteSession(tokenHash);
}
