import type { Db } from '@maillon/db';
import type { Mailer, Principal, TerritoryIndex } from '@maillon/domain';
import type { AuditRecorder } from '../use-cases/audit/audit-recorder.ts';
import type { TerritorialContext, UseCaseContext } from '../use-cases/use-case-context.ts';
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
