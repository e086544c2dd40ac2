import { createAuditRepository, type Db } from '@maillon/db';
import { AUDIT_MAX_RECORD_IDS, type AuditEvent, type Principal } from '@maillon/domain';

/** Where a request came from: the route pattern and the client address (after trusted proxies). */
export interface AuditOrigin {
  /** `GET /api/cpts/:id/members`, or `cli import rpps` for the command line. */
  route: string;
  sourceIp: string | null;
}

/** Appends audit entries for one request or one command. */
export interface AuditRecorder {
  /**
   * Records an event. Pass the transaction of a change so that the entry commits (or rolls
   * back) with the change it describes; reads pass the plain connection.
   */
  record(db: Db, event: AuditEvent): Promise<void>;
}

const ROLE_LABELS = { admin: 'administration', ars: 'ARS', cpam: 'CPAM', coordinator: 'coordination', sas: 'régulation SAS' } as const;

/** "Nom (coordination, ARS 93)": the actor as the entry keeps it if the account goes away. */
export function actorLabel(principal: Principal | null): string {
  if (!principal) return 'public (sans compte)';
  const roles = [
    ...new Set(principal.grants.map((g) => ('regionCode' in g ? `${ROLE_LABELS[g.role]} ${g.regionCode}` : ROLE_LABELS[g.role]))),
  ];
  return roles.length ? `${principal.displayName} (${roles.join(', ')})` : principal.displayName;
}

/** Who acts: a signed-in user, the public (no account) or an operator at the command line. */
export interface AuditActor {
  userId: string | null;
  label: string;
}

export const actorOf = (principal: Principal | null): AuditActor => ({ userId: principal?.userId ?? null, label: actorLabel(principal) });

/** The operator of a command-line action, named by the system account that ran it. */
export function commandLineActor(systemUser: string): AuditActor {
  return { userId: null, label: `ligne de commande (compte système ${systemUser})` };
}

/**
 * The recorder of work no user asked for through the API (demo seeding, benchmarks): still
 * recorded, under a label that says what it was.
 */
export function systemAuditRecorder(label: string, route: string, clock: () => Date = () => new Date()): AuditRecorder {
  return createAuditRecorder({ actor: { userId: null, label }, origin: { route, sourceIp: null }, clock });
}

export function createAuditRecorder(options: { actor: AuditActor; origin: AuditOrigin; clock: () => Date }): AuditRecorder {
  const { actor, origin, clock } = options;
  return {
    async record(db, event) {
      await createAuditRepository(db).append({
        at: clock(),
        actorUserId: actor.userId,
        actorLabel: actor.label,
        action: event.action,
        entity: event.entity,
        recordIds: event.recordIds.slice(0, AUDIT_MAX_RECORD_IDS),
        recordCount: event.recordIds.length,
        cptsId: event.cptsId,
        route: origin.route,
        sourceIp: origin.sourceIp,
        details: event.details ? { ...event.details } : null,
      });
    },
  };
}
