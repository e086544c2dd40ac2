import type { Db } from '@maillon/db';
import type { Mailer, Principal, TerritoryIndex } from '@maillon/domain';
import type { PublicContext, SteppedTransaction, TerritorialContext, UseCaseContext } from '../use-cases/use-case-context.ts';
import type { AuditRecorder } from './audit-recorder.ts';
import { type Ports, portsFor } from './ports.ts';

export interface ContextOptions {
  db: Db;
  audit: AuditRecorder;
  principal: Principal;
  now: Date;
  today: string;
  /** Outgoing e-mail; absent: messages wait in the outbox. */
  mailer?: Mailer | undefined;
}

/** The context of work done before anyone is known (sign-in, resolving a session cookie). */
export function buildPublicContext(options: Omit<ContextOptions, 'principal'>): PublicContext<Ports> {
  const { db, audit } = options;
  return {
    ports: portsFor(db, audit),
    transaction: (work) => db.transaction((tx) => work(portsFor(tx, audit))),
    now: options.now,
    today: options.today,
  };
}

/** A use case's context on `db`: its ports on the connection, and transactions giving them on the transaction. */
export function buildUseCaseContext(options: ContextOptions): UseCaseContext<Ports> {
  const { db, audit, mailer } = options;
  return {
    ports: portsFor(db, audit, mailer),
    transaction: (work) => db.transaction((tx) => work(portsFor(tx, audit, mailer))),
    principal: options.principal,
    now: options.now,
    today: options.today,
  };
}

export function buildTerritorialContext(options: ContextOptions & { index: TerritoryIndex }): TerritorialContext<Ports> {
  return { ...buildUseCaseContext(options), index: options.index };
}

/** The same with savepoints inside one transaction (drizzle nests `transaction` as SAVEPOINT on PostgreSQL and PGlite). */
export function buildSteppedContext(
  options: ContextOptions & { index: TerritoryIndex },
): TerritorialContext<Ports> & SteppedTransaction<Ports> {
  const { db, audit } = options;
  return {
    ...buildTerritorialContext(options),
    steppedTransaction: (work) => db.transaction((tx) => work((step) => tx.transaction((savepoint) => step(portsFor(savepoint, audit))))),
  };
}
