import type { Database } from '@maillon/db';
import { dayIn, type Mailer } from '@maillon/domain';
import type { AciReferenceCache } from './composition/aci-reference-cache.ts';
import type { CoverageIndexCache } from './composition/coverage-index-cache.ts';
import type { SerialisedPageCache } from './composition/serialised-page-cache.ts';
import type { TerritoryIndexCache } from './composition/territory-index-cache.ts';
import type { Config } from './config.ts';

/** Everything a handler needs, passed explicitly (no module-level singletons). */
export interface AppContext {
  database: Database;
  config: Config;
  clock: () => Date;
  territoryIndex: TerritoryIndexCache;
  /** Coverage index per (geography, territories version): composition/coverage-index-cache.ts. */
  coverageIndex: CoverageIndexCache;
  /** The ACI reference's edits per version: composition/aci-reference-cache.ts. */
  aciReference: AciReferenceCache;
  /** CPTS pages and lists and coverage answers per versions and viewer, serialised: composition/cpts-page-cache.ts. */
  keptPages: SerialisedPageCache;
  /** Outgoing e-mail (SMTP when configured, else the outbox only): composition/mailer.ts. */
  mailer: Mailer;
}

/** Today's date (YYYY-MM-DD) in Europe/Paris, where CPTS live. */
export function todayIn(clock: () => Date, timeZone = 'Europe/Paris'): string {
  return dayIn(clock(), timeZone);
}
