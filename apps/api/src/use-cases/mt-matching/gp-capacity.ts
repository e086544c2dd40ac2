import type { CapacityDto, CapacityInput, GpSelfDto, TeamCapacityDto } from '@maillon/contracts';
import {
  checkGpCapacity,
  forbidden,
  type GpCapacityRecord,
  type GpDirectoryEntry,
  invalid,
  matchingGpOf,
  startOfDayIn,
} from '@maillon/domain';
import { coordinatedCpts, currentGp } from './current-gp.ts';
import type { GpCapacityContext, GpCapacityPorts } from './gp-capacity-ports.ts';

/** The first instant of the current month in the CPTS's time zone (the monthly figure's period). */
export const monthStart = (today: string) => startOfDayIn(`${today.slice(0, 7)}-01`);

type Committed = Awaited<ReturnType<GpCapacityPorts['gpCapacity']['committedPlaces']>>;

function capacityDto(record: GpCapacityRecord, committed: Committed): CapacityDto {
  const use = committed.get(record.idNatPs) ?? { sinceDeclaration: 0, thisMonth: 0 };
  const engine = matchingGpOf({ id: record.idNatPs, practiceUnitCode: record.practiceUnitCode, declaration: record.declaration }, use);
  return {
    practiceUnitCode: record.practiceUnitCode,
    ...record.declaration,
    declaredAt: record.declaredAt.toISOString(),
    remainingNow: engine.availableNow,
    remainingThisMonth: engine.availableThisMonth,
  };
}

async function gpSelf(ports: GpCapacityPorts, gp: GpDirectoryEntry, today: string): Promise<GpSelfDto> {
  const serving = await ports.gpCapacity.cptsServing(gp.practices.map((p) => p.unitCode));
  const declared = await ports.gpCapacity.ofGp(gp.idNatPs);
  const cpts = await Promise.all(
    serving.map(async (c) => {
      const record = declared.find((d) => d.cptsId === c.id);
      const committed = record ? await ports.gpCapacity.committedPlaces(c.id, monthStart(today)) : new Map();
      return { ...c, capacity: record ? capacityDto(record, committed) : null };
    }),
  );
  return { gp: { idNatPs: gp.idNatPs, displayName: gp.displayName, practices: gp.practices }, cpts };
}

/** The signed-in GP's declarations, one per CPTS of their practice (their own data: recorded as a read). */
export async function myCapacity(ctx: GpCapacityContext): Promise<GpSelfDto> {
  const gp = await currentGp(ctx.ports, ctx.principal);
  const self = await gpSelf(ctx.ports, gp, ctx.today);
  await ctx.ports.audit.record({ action: 'read', entity: 'gpCapacity', recordIds: [gp.idNatPs], cptsId: null });
  return self;
}

/**
 * The GP declares their capacity to a CPTS whose territory holds one of their practices
 * (issue #9 item 3). The practice must be theirs in the directory; listed communes must be in
 * the CPTS's territory. Saving restarts the "now" count (places committed since this declaration).
 */
export async function declareCapacity(ctx: GpCapacityContext, cptsId: string, input: CapacityInput): Promise<GpSelfDto> {
  const gp = await currentGp(ctx.ports, ctx.principal);
  if (!gp.practices.some((p) => p.unitCode === input.practiceUnitCode))
    throw invalid('practiceUnitCode', 'Ce lieu d’exercice n’est pas le vôtre dans l’annuaire.');
  const serving = await ctx.ports.gpCapacity.cptsServing([input.practiceUnitCode]);
  if (!serving.some((c) => c.id === cptsId)) throw forbidden('Votre lieu d’exercice n’est pas dans le territoire de cette CPTS.');
  const { practiceUnitCode, ...declaration } = input;
  return ctx.transaction(async (ports) => {
    checkGpCapacity(declaration, await ports.cpts.unitCodes(cptsId));
    const previous = await ports.gpCapacity.get(cptsId, gp.idNatPs);
    await ports.gpCapacity.save({
      cptsId,
      idNatPs: gp.idNatPs,
      displayName: gp.displayName,
      practiceUnitCode,
      declaration,
      declaredAt: ctx.now,
      declaredBy: ctx.principal.userId,
      isDemo: previous?.isDemo ?? false,
    });
    await ports.audit.record({ action: previous ? 'update' : 'create', entity: 'gpCapacity', recordIds: [gp.idNatPs], cptsId });
    return gpSelf(ports, gp, ctx.today);
  });
}

/** The capacities declared to a CPTS, with places left: its coordination team only (never other GPs, ARS, CPAM). */
export async function teamCapacities(ctx: GpCapacityContext, cptsId: string): Promise<{ items: TeamCapacityDto[] }> {
  await coordinatedCpts(ctx.ports.cpts, ctx.principal, cptsId);
  const records = await ctx.ports.gpCapacity.ofCpts(cptsId);
  const committed = await ctx.ports.gpCapacity.committedPlaces(cptsId, monthStart(ctx.today));
  await ctx.ports.audit.record({ action: 'read', entity: 'gpCapacity', recordIds: records.map((r) => r.idNatPs), cptsId });
  return {
    items: records.map((r) => ({ ...capacityDto(r, committed), idNatPs: r.idNatPs, displayName: r.displayName, isDemo: r.isDemo })),
  };
}
