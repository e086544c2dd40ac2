import { createCptsRepository, type Db } from '@maillon/db';
import type { CptsRecord } from '@maillon/domain';
import { associationAccess, forbidden, type Principal, type TerritoryIndex } from '@maillon/domain';
import type { AuditRecorder } from '../../composition/audit-recorder.ts';
import { readableCpts } from '../cpts/load-cpts.ts';

export interface EngagementContext {
  db: Db;
  index: TerritoryIndex;
  principal: Principal;
  now: Date;
  today: string;
  /** Nominative lists (professionals to invite, invitations) are recorded here when read or changed. */
  audit: AuditRecorder;
}

export interface EngagementCpts {
  record: CptsRecord;
  unitCodes: string[];
}

/**
 * A CPTS whose engagement figures the principal may read: aggregates (rates, series) are for
 * whoever reads the CPTS, ARS/CPAM of its region included; anyone else gets 404.
 */
export async function loadEngagementFigures(ctx: EngagementContext, id: string, forUpdate = false): Promise<EngagementCpts> {
  const record = await readableCpts(createCptsRepository(ctx.db), ctx.principal, id, forUpdate);
  return { record, unitCodes: await createCptsRepository(ctx.db).unitCodes(id) };
}

/**
 * A CPTS whose lists (professionals to invite, invitations, partners) the principal manages: its
 * coordination team and the admin (issue #3 "Access"); ARS/CPAM see figures only (403).
 */
export async function loadEngagementLists(ctx: EngagementContext, id: string, forUpdate = false): Promise<EngagementCpts> {
  const loaded = await loadEngagementFigures(ctx, id, forUpdate);
  if (associationAccess(ctx.principal, loaded.record) !== 'manage') {
    throw forbidden("Les listes nominatives sont réservées à l'équipe de coordination de la CPTS ; l'ARS et la CPAM en voient les taux.");
  }
  return loaded;
}

/** Name of a unit from the reference geography, or its code. */
export function unitName(index: TerritoryIndex, code: string): string {
  return index.units[index.indexByCode.get(code) ?? -1]?.name ?? code;
}
