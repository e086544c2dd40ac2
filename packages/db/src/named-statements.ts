import { createHash } from 'node:crypto';
import type pg from 'pg';

/** At most this many statements are named per process (and so prepared per connection). */
const MAX_NAMED = 300;
/** A text is named from its second run: a one-off text (an IN list of a rare length) stays unnamed. */
const NAME_FROM_RUN = 2;
/** Texts counted while waiting for their second run, at most (then the oldest half is forgotten). */
const MAX_COUNTED = 5_000;

interface QueryConfig {
  text?: unknown;
  name?: unknown;
  values?: unknown;
}

/**
 * Gives every parameterised query that repeats a name derived from its text, so that each
 * PostgreSQL connection parses and plans it once and then only binds and executes it (PostgreSQL
 * "Extended Query" protocol, named prepared statements; node-postgres keeps one per connection and
 * name). On this API's short queries planning costs several times the execution (0.45 ms against
 * 0.07 ms for the version read every request makes), and every page makes several such queries
 * (issue #11 item 3; docs/decisions/0006-named-statements.md). Queries without parameters keep
 * the simple protocol (the migrations send several statements at once); COPY streams are left alone.
 */
export function nameRepeatedStatements(pool: pg.Pool): void {
  const names = new Map<string, string>();
  const runs = new Map<string, number>();
  const nameOf = (text: string): string | undefined => {
    const known = names.get(text);
    if (known !== undefined) return known;
    const count = (runs.get(text) ?? 0) + 1;
    if (count >= NAME_FROM_RUN && names.size < MAX_NAMED) {
      const name = `maillon_${createHash('sha256').update(text).digest('base64url').slice(0, 24)}`;
      names.set(text, name);
      runs.delete(text);
      return name;
    }
    if (runs.size >= MAX_COUNTED) for (const key of [...runs.keys()].slice(0, MAX_COUNTED / 2)) runs.delete(key);
    runs.set(text, count);
    return undefined;
  };
  pool.on('connect', (client) => {
    const query = client.query.bind(client) as (...args: unknown[]) => unknown;
    client.query = ((...args: unknown[]) => {
      const [config, values] = args;
      if (typeof config === 'object' && config !== null && !('submit' in config)) {
        const c = config as QueryConfig;
        const params = values ?? c.values;
        if (typeof c.text === 'string' && c.name === undefined && Array.isArray(params) && params.length > 0) {
          const name = nameOf(c.text);
          if (name) return query({ ...c, name }, ...args.slice(1));
        }
      }
      return query(...args);
    }) as typeof client.query;
  });
}
