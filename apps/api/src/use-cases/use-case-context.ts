import type { AuditEvent, Principal, TerritoryIndex } from '@maillon/domain';

/** The audit trail as a use case sees it: within a transaction, the entry commits with the change. */
export interface AuditTrail {
  record(event: AuditEvent): Promise<void>;
}

/**
 * What a use case gets: the ports it declared (bound to the request's connection), a way to
 * run work in one transaction (the ports it hands out are bound to that transaction), who asks
 * and when. No database driver and no HTTP object reach a use case (docs/architecture.md).
 */
export interface UseCaseContext<P> {
  ports: P;
  /** Runs `work` in one transaction: all of it is written, or nothing. */
  transaction<T>(work: (ports: P) => Promise<T>): Promise<T>;
  principal: Principal;
  now: Date;
  /** YYYY-MM-DD in Europe/Paris. */
  today: string;
}

/** The same, for use cases that work on territories: the reference geography's index too. */
export interface TerritorialContext<P> extends UseCaseContext<P> {
  index: TerritoryIndex;
}

/** The same before anyone is known (sign-in, the session of a cookie): no principal, no territory. */
export type PublicContext<P> = Omit<UseCaseContext<P>, 'principal'>;

/**
 * One transaction whose parts run as savepoints: a part that throws is undone alone and the
 * others commit together (a file import that skips its refused lines, all or nothing otherwise).
 */
export interface SteppedTransaction<P> {
  steppedTransaction<T>(work: (part: <U>(step: (ports: P) => Promise<U>) => Promise<U>) => Promise<T>): Promise<T>;
}
