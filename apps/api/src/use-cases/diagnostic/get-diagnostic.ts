import type { DiagnosticDto, DraftDiagnosticInput } from '@maillon/contracts';
import { createCptsRepository, createGeographyRepository, type Db } from '@maillon/db';
import { dominantRegion, invalid, type Principal, type TerritoryIndex, validateUnitCodes } from '@maillon/domain';
import { readableCpts } from '../cpts/load-cpts.ts';
import { computeDiagnostic } from './compute-diagnostic.ts';
import type { WideScopeCache } from './wide-scope-cache.ts';

export interface DiagnosticContext {
  db: Db;
  index: TerritoryIndex;
  principal: Principal;
  now: Date;
  wideScopes: WideScopeCache;
}

/**
 * Diagnostic of a CPTS territory: public registry aggregates, readable by whoever reads the CPTS
 * (its coordination team, the admin, ARS/CPAM of its region); 404 for anyone else.
 */
export async function cptsDiagnostic(ctx: DiagnosticContext, id: string): Promise<DiagnosticDto> {
  const record = await readableCpts(createCptsRepository(ctx.db), ctx.principal, id);
  const unitCodes = await createCptsRepository(ctx.db).unitCodes(id);
  return computeDiagnostic({
    db: ctx.db,
    index: ctx.index,
    perimeter: { cptsId: id, name: record.name, unitCodes, regionCode: record.regionCode, isDemo: record.isDemo },
    now: ctx.now,
    wideScopes: ctx.wideScopes,
  });
}

/**
 * Diagnostic of a draft perimeter (nothing saved), for a CPTS being designed: any signed-in user,
 * since it only aggregates public registry data. Unknown units answer 422 naming `units[i]`.
 */
export async function draftDiagnostic(ctx: DiagnosticContext, input: DraftDiagnosticInput): Promise<DiagnosticDto> {
  const unitCodes = validateUnitCodes(ctx.index, input.units);
  if (unitCodes.length === 0) throw invalid('units', 'Choisissez au moins une commune pour établir le diagnostic.');
  if (input.regionCode && !(await createGeographyRepository(ctx.db).regions()).some((r) => r.code === input.regionCode)) {
    throw invalid('regionCode', `Région inconnue : « ${input.regionCode} ».`);
  }
  const units = unitCodes.map((code) => ctx.index.units[ctx.index.indexByCode.get(code) ?? -1]).filter((u) => u !== undefined);
  const regionCode = input.regionCode ?? dominantRegion(units);
  return computeDiagnostic({
    db: ctx.db,
    index: ctx.index,
    perimeter: { cptsId: null, name: 'Périmètre étudié', unitCodes, regionCode, isDemo: false },
    now: ctx.now,
    wideScopes: ctx.wideScopes,
  });
}
