/**
 * What of a database failure may be logged and answered. Drizzle wraps a failure as
 * "Failed query: <sql> params: <values>", and PostgreSQL's own message and detail quote the
 * offending values (`Key (email)=(…) already exists`, `invalid input syntax for type integer: "…"`):
 * personal data. Only the SQLSTATE and the names of the constraint, table and column are kept.
 */
export interface DatabaseFailure {
  sqlState: string;
  constraint?: string;
  table?: string;
  column?: string;
}

const SQLSTATE = /^[0-9A-Z]{5}$/;

interface MaybeDatabaseError {
  code?: unknown;
  severity?: unknown;
  constraint?: unknown;
  table?: unknown;
  column?: unknown;
  query?: unknown;
  params?: unknown;
  cause?: unknown;
}

const isObject = (value: unknown): value is MaybeDatabaseError => typeof value === 'object' && value !== null;
const name = (value: unknown) => (typeof value === 'string' && value.length <= 63 ? value : undefined);

/** True for Drizzle's wrapper (it carries the query's parameters) or a PostgreSQL/PGlite error. */
function isDatabaseError(error: MaybeDatabaseError): boolean {
  return ('query' in error && 'params' in error) || (typeof error.code === 'string' && SQLSTATE.test(error.code) && 'severity' in error);
}

/** The safe summary of a database failure found in an error or its causes; undefined for any other error. */
export function databaseFailureOf(error: unknown): DatabaseFailure | undefined {
  let found = false;
  let current: unknown = error;
  for (let depth = 0; depth < 6 && isObject(current); depth++, current = current.cause) {
    if (!isDatabaseError(current)) continue;
    found = true;
    if (typeof current.code === 'string' && SQLSTATE.test(current.code)) {
      const summary: DatabaseFailure = { sqlState: current.code };
      for (const key of ['constraint', 'table', 'column'] as const) {
        const value = name(current[key]);
        if (value) summary[key] = value;
      }
      return summary;
    }
  }
  return found ? { sqlState: 'unknown' } : undefined;
}

/**
 * The answer to a database failure that reached the error handler: a unique or foreign-key
 * violation is a conflict of the request with stored data (two people adding the same member at
 * once); a data exception (SQLSTATE class 22) is a value the validation should have refused. Both
 * are 4xx without any value quoted; anything else is the server's fault.
 */
export function databaseFailureAnswer(failure: DatabaseFailure): { code: 'CONFLICT' | 'INVALID'; message: string } | undefined {
  if (failure.sqlState === '23505') return { code: 'CONFLICT', message: 'Cet enregistrement existe déjà : la valeur doit être unique.' };
  if (failure.sqlState === '23503')
    return { code: 'CONFLICT', message: 'Cet enregistrement dépend d’une donnée qui n’existe pas ou plus.' };
  if (failure.sqlState.startsWith('22')) return { code: 'INVALID', message: 'Valeur refusée par la base de données (format ou taille).' };
  return undefined;
}
