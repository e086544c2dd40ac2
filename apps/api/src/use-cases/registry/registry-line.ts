import type { RegistryLineDto } from '@maillon/contracts';
import {
  assessTerritory,
  canReadCpts,
  contractSignedOn,
  DomainError,
  entryKeys,
  matchRegistryEntry,
  planRegistryLine,
  type RegistryColumn,
  type RegistryCurrent,
  type RegistryEntry,
  type RegistryLinePlan,
  RegistryRefusal,
} from '@maillon/domain';
import { createContract, recordImportedMissionStarts } from '../aci/contracts.ts';
import { createCpts, updateCptsIdentity } from '../cpts/cpts-commands.ts';
import { readableCpts } from '../cpts/load-cpts.ts';
import { saveTerritory } from '../territory/change-territory.ts';
import type { RegistryContext, RegistryPorts } from './registry-ports.ts';

/** What one line did (or would do): the report row before column names are resolved. */
export interface LineOutcome {
  outcome: RegistryLineDto['outcome'];
  cptsId: string | null;
  matchedBy: RegistryLineDto['matchedBy'];
  changes: string[];
  issues: { column: RegistryColumn | null; message: string; severity: 'error' | 'warning' }[];
  keys: string[];
}

/** Runs an existing use case; its domain error becomes a refusal of the column the line wrote it from. */
async function from<T>(column: (field: string | undefined) => RegistryColumn, run: () => Promise<T>): Promise<T> {
  try {
    return await run();
  } catch (error) {
    if (error instanceof DomainError && error.code !== 'INTERNAL') throw new RegistryRefusal(column(error.field), error.message);
    throw error;
  }
}

const contractColumn = (field: string | undefined): RegistryColumn => {
  if (field?.startsWith('populationVintage') || field === 'population.vintage') return 'populationVintage';
  if (field?.startsWith('population')) return 'population';
  if (field === 'sizeCategory') return 'sizeCategory';
  const mission = /^missions\.(\w+)/.exec(field ?? '')?.[1];
  return mission ? (`mission:${mission}` as RegistryColumn) : 'aciSignedOn';
};

/** The CPTS as the plan compares it with its line. */
async function currentState(
  ports: RegistryPorts,
  ctx: RegistryContext,
  id: string,
): Promise<RegistryCurrent & { contractId: string | null }> {
  const record = await readableCpts(ports.cpts, ctx.principal, id, true);
  // One after the other: inside a transaction the queries share one connection.
  const history = await ports.cpts.history(id);
  const unitCodes = await ports.cpts.unitCodes(id);
  const contracts = await ports.aciContracts.ofCpts([id]);
  const contract = contracts.filter((c) => !c.termination).at(-1) ?? null;
  return {
    identity: record,
    stage: record.stage,
    history,
    unitCodes,
    contract: contract ? { signedOn: contractSignedOn(contract), missions: contract.missions } : null,
    contractId: contract?.id ?? null,
  };
}

/** Writes a plan through the registry's own use cases (their rules and access checks apply). */
async function applyPlan(
  ports: RegistryPorts,
  ctx: RegistryContext,
  target: { plan: RegistryLinePlan; regionCode: string; cptsId: string | null; contractId: string | null },
): Promise<string> {
  const { plan } = target;
  const inner = { ...ctx, ports, transaction: <T>(work: (p: RegistryPorts) => Promise<T>) => work(ports) };
  let id = target.cptsId;
  if (!id) {
    const first = plan.firstStep as NonNullable<RegistryLinePlan['firstStep']>;
    const identity = plan.identity as NonNullable<RegistryLinePlan['identity']>;
    id = await from(
      (field) => (field === 'units' || field?.startsWith('units[') ? 'communes' : field === 'date' ? first.column : 'name'),
      () =>
        createCpts(inner, {
          ...identity,
          regionCode: target.regionCode,
          stage: first.to,
          date: first.occurredOn,
          units: plan.territory ?? [],
        }),
    );
  } else {
    const cptsId = id;
    if (plan.identity)
      await from(
        () => 'name',
        () => updateCptsIdentity(inner, cptsId, plan.identity as NonNullable<RegistryLinePlan['identity']>),
      );
    if (plan.territory)
      await from(
        () => 'communes',
        () => saveTerritory(inner, cptsId, plan.territory as string[]),
      );
  }
  const cptsId = id;
  for (const step of plan.steps) {
    const { column: _column, ...transition } = step;
    await ports.cpts.appendTransition(cptsId, {
      ...transition,
      id: crypto.randomUUID(),
      authorId: ctx.principal.userId,
      createdAt: ctx.now,
    });
  }
  let contractId = target.contractId;
  if (plan.contract) {
    const c = plan.contract;
    const signature = (signatory: string | null) => ({ signedOn: c.signedOn, signatory });
    contractId = await from(contractColumn, () =>
      createContract(inner, cptsId, {
        signatures: {
          cpts: signature(null),
          cpam: signature(c.cpamDepartement ? `CPAM du département ${c.cpamDepartement}` : null),
          ars: signature(null),
        },
        population: c.population,
        populationVintage: c.populationVintage,
        ...(c.sizeCategory ? { sizeCategory: c.sizeCategory } : {}),
        optionalMissions: c.optionalMissions.map((mission) => ({ mission: mission as 'quality' | 'professionalSupport' })),
        renewsId: null,
      }),
    );
  }
  if (plan.missionStarts.length && contractId) {
    const id = contractId;
    await from(contractColumn, () => recordImportedMissionStarts(inner, id, plan.missionStarts));
  }
  return cptsId;
}

/** Overlaps of the territory with other CPTS: warnings, never refusals (docs/reference/cpts-lifecycle.md §3). */
async function overlapWarnings(ports: RegistryPorts, ctx: RegistryContext, cptsId: string): Promise<LineOutcome['issues']> {
  const territories = await ports.cpts.territories();
  const mine = territories.find((t) => t.id === cptsId);
  if (!mine || mine.unitCodes.length === 0) return [];
  const others = territories.filter((t) => t.id !== cptsId);
  const { overlaps } = assessTerritory({ index: ctx.index, unitCodes: mine.unitCodes, regionCode: mine.regionCode, others });
  return overlaps.map((o) => {
    const other = others.find((t) => t.id === o.cptsId);
    const name = other && canReadCpts(ctx.principal, other) ? `« ${o.cptsName} »` : "une CPTS d'une autre région";
    return {
      column: 'communes' as const,
      severity: 'warning' as const,
      message: `Territoire partagé avec ${name} : ${o.unitCodes.length} commune(s) en commun (chevauchement signalé, non bloquant).`,
    };
  });
}

/**
 * One line, inside its savepoint: match the CPTS, plan the line against what is stored, write
 * the plan through the use cases. A refusal throws (the savepoint undoes the line).
 */
export async function importLine(
  ports: RegistryPorts,
  ctx: RegistryContext,
  line: { entry: RegistryEntry; regionCode: string; claimed: ReadonlyMap<string, number> },
): Promise<LineOutcome> {
  const { entry, regionCode } = line;
  const candidates = await ports.cpts.list({ regionCode });
  const match = matchRegistryEntry(entry, candidates);
  if (match.kind === 'conflict') throw new RegistryRefusal(match.column, match.message);
  const cptsId = match.kind === 'existing' ? match.cpts.id : null;
  const keys = entryKeys(entry, cptsId);
  const earlier = keys.map((k) => line.claimed.get(k)).find((n) => n !== undefined);
  if (earlier !== undefined) throw new RegistryRefusal('name', `Cette CPTS est déjà décrite à la ligne ${earlier} du fichier.`);
  const current = cptsId ? await currentState(ports, ctx, cptsId) : null;
  const plan = planRegistryLine({ entry, current, regionCode, index: ctx.index, today: ctx.today });
  const notes = plan.notes.map((n) => ({ column: n.column, message: n.message, severity: 'warning' as const }));
  const base = { matchedBy: match.kind === 'existing' ? match.by : null, changes: plan.changes, keys };
  if (plan.kind === 'unchanged') return { ...base, outcome: 'unchanged', cptsId, issues: notes };
  const id = await applyPlan(ports, ctx, { plan, regionCode, cptsId, contractId: current?.contractId ?? null });
  const overlaps = plan.territory ? await overlapWarnings(ports, ctx, id) : [];
  return { ...base, outcome: plan.kind, cptsId: id, issues: [...notes, ...overlaps] };
}
