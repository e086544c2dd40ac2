import type { Db } from '@maillon/db';
import type { LoginThrottlePolicy } from '@maillon/domain';
import { todayIn } from '../context.ts';
import type { AuthEventLog } from '../use-cases/auth/auth-events.ts';
import { type LoginResult, login as loginUseCase } from '../use-cases/auth/login.ts';
import type { ClientInfo } from '../use-cases/auth/sessions.ts';
import {
  type ContoursImportReport,
  type ImportProgress,
  importContours as importContoursUseCase,
} from '../use-cases/contours/import-contours.ts';
import { systemAuditRecorder } from './audit-recorder.ts';
import { portsFor } from './ports.ts';
import { buildPublicContext } from './use-case-context.ts';

/*
 * Use cases run outside an HTTP request (server start, command line, tests) on a database:
 * the same use cases the routes call, wired to the same repositories here.
 */

/** Imports commune contours from a GeoJSON file or folder (import-contours.ts). */
export function importContours(options: { db: Db; path: string; now: Date; onProgress?: ImportProgress }): Promise<ContoursImportReport> {
  const ports = portsFor(
    options.db,
    systemAuditRecorder('import des contours', 'contours import', () => options.now),
  );
  return importContoursUseCase(ports, options);
}

/** A password login as the route runs it (login.ts), for tests of the throttle and its log. */
export function login(options: {
  db: Db;
  credentials: { email: string; password: string; closeOtherSessions?: boolean | undefined };
  client: ClientInfo;
  now: Date;
  settings: { ttlHours: number; throttle: LoginThrottlePolicy };
  log: AuthEventLog;
}): Promise<LoginResult> {
  const { db, now } = options;
  const ctx = buildPublicContext({ db, audit: systemAuditRecorder('connexion', 'login', () => now), now, today: todayIn(() => now) });
  return loginUseCase(ctx, options);
}
