import type { ActiveSessionDto } from '@maillon/contracts';
import type { IdentityRepository } from '@maillon/domain';
import { type AuditEvent, notFound } from '@maillon/domain';
import { type AuthEventLog, logAuthEvent } from './auth-events.ts';
import type { AuthenticatedSession, ClientInfo } from './sessions.ts';

/** What the active-session use cases need from storage. */
export type SessionStore = Pick<IdentityRepository, 'listSessions' | 'deleteUserSession' | 'deleteOtherSessions'>;

/** Who asks: their session, their address, where events go. */
export interface SessionActor {
  session: AuthenticatedSession;
  client: ClientInfo;
  log: AuthEventLog;
  /** The audit trail: a user's sessions (addresses, devices) and password are personal data. */
  audit: (event: AuditEvent) => Promise<void>;
}

/** The current user's unexpired sessions, most recently active first, this one marked. */
export async function listActiveSessions(store: SessionStore, actor: SessionActor, now: Date): Promise<ActiveSessionDto[]> {
  const { session } = actor;
  const rows = await store.listSessions(session.principal.userId, now);
  await actor.audit({ action: 'read', entity: 'session', recordIds: rows.map((r) => r.id), cptsId: null });
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
export async function revokeSession(store: SessionStore, actor: SessionActor, sessionId: string): Promise<{ current: boolean }> {
  const userId = actor.session.principal.userId;
  if (!(await store.deleteUserSession(userId, sessionId))) throw notFound('Session introuvable : elle est peut-être déjà fermée.');
  await actor.audit({ action: 'delete', entity: 'session', recordIds: [sessionId], cptsId: null });
  logAuthEvent(actor.log, { event: 'session.revoked', userId, source: actor.client.address, sessions: 1, reason: 'user' });
  return { current: sessionId === actor.session.sessionId };
}

/** Closes every session of the user but this one; returns how many were closed. */
export async function revokeOtherSessions(store: SessionStore, actor: SessionActor): Promise<number> {
  const userId = actor.session.principal.userId;
  const closed = await store.deleteOtherSessions(userId, actor.session.sessionId);
  await actor.audit({ action: 'delete', entity: 'session', recordIds: [], cptsId: null, details: { closed } });
  if (closed > 0)
    logAuthEvent(actor.log, { event: 'session.revoked', userId, source: actor.client.address, sessions: closed, reason: 'user' });
  return closed;
}
