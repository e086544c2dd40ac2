import type { DiagnosticDto, DraftDiagnosticInput } from '@maillon/contracts';
import { draftPerimeter } from '@maillon/domain';
import { readableCpts, unitCodesAmong } from '../cpts/load-cpts.ts';
import { computeDiagnostic } from './compute-diagnostic.ts';
import type { DiagnosticContext } from './diagnostic-ports.ts';

export type { DiagnosticContext } from './diagnostic-ports.ts';

/**
 * Diagnostic of a CPTS territory: public registry aggregates, readable by whoever reads the CPTS
 * (its coordination team, the admin, ARS/CPAM of its region); 404 for anyone else.
 */
export async function cptsDiagnostic(ctx: DiagnosticContext, id: string): Promise<DiagnosticDto> {
  const record = await readableCpts(ctx.ports.cpts, ctx.principal, id);
  const unitCodes = await unitCodesAmong(await ctx.ports.cpts.territories(), ctx.ports.cpts, record.id);
  return computeDiagnostic({
    ports: ctx.ports,
    index: ctx.index,
    perimeter: { cptsId: id, name: record.name, unitCodes, regionCode: record.regionCode, isDemo: record.isDemo },
    now: ctx.now,
    directoryCounts: ctx.directoryCounts,
  });
}

/**
 * Diagnostic of a draft perimeter (nothing saved), for a CPTS being designed: any signed-in user,
 * since it only aggregates public registry data. Unknown units answer 422 naming `units[i]`.
 */
export async function draftDiagnostic(ctx: DiagnosticContext, input: DraftDiagnosticInput): Promise<DiagnosticDto> {
  const regionCodes = input.regionCode ? (await ctx.ports.geography.regions()).map((r) => r.code) : [];
  const { unitCodes, regionCode } = draftPerimeter(ctx.index, input, regionCodes);
  return computeDiagnostic({
    ports: ctx.ports,
    index: ctx.index,
    perimeter: { cptsId: null, name: 'Périmètre étudié', unitCodes, regionCode, isDemo: false },
    now: ctx.now,
    directoryCounts: ctx.directoryCounts,
  });
}
