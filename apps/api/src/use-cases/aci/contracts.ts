import type { ContractDto, ContractInput } from '@maillon/contracts';
import {
  type AciContract,
  type AciMission,
  type AciReference,
  type ContractMission,
  type CptsRecord,
  canManageContracts,
  canReadContracts,
  canRecordMissionProgress,
  checkRenewal,
  conflict,
  contractEndsOn,
  contractSignedOn,
  DomainError,
  forbidden,
  formatDate,
  invalid,
  isActive,
  missionIntroduction,
  notFound,
  planTermination,
  planTransition,
  type SizeCategory,
  type StoredContract,
  sizeCategory,
  type TerminationReason,
  validateContract,
} from '@maillon/domain';
import { readableCpts } from '../cpts/load-cpts.ts';
import type { AciContext, AciPorts } from './aci-ports.ts';
import { currentAciReference } from './aci-reference.ts';
import { toContractDto } from './contract-dto.ts';
import { variablePaymentsOf } from './variable-payments.ts';

const SOCLE: readonly AciMission[] = ['accessToCare', 'pathways', 'prevention', 'healthCrisis'];

/** Stages at which a CPTS may have a contract: a validated health project is the precondition (docs/reference/aci.md §1). */
const CONTRACT_STAGES = new Set(['healthProjectValidated', 'aciSigned', 'operating', 'suspended']);

/** A contract of a CPTS the principal reads, with its CPTS; 404 for anyone else. */
async function loadContract(ports: AciPorts, ctx: AciContext, id: string, forUpdate = false) {
  const contract = await ports.aciContracts.get(id, { forUpdate });
  const cpts = contract ? await ports.cpts.get(contract.cptsId, { forUpdate }) : null;
  if (!contract || !cpts || !canReadContracts(ctx.principal, cpts)) throw notFound('Contrat introuvable.');
  return { contract, cpts };
}

function assertManages(ctx: AciContext, cpts: CptsRecord): void {
  if (!canManageContracts(ctx.principal, cpts)) {
    throw forbidden("Le contrat ACI est saisi par l'ARS et la CPAM de la région de la CPTS.");
  }
}

/** The socle missions that apply during a contract signed on `from` (the crisis mission from avenant 2), plus the optional ones chosen. */
function contractMissions(
  reference: AciReference,
  options: { from: string; previous: readonly ContractMission[]; optional: ContractInput['optionalMissions'] },
): ContractMission[] {
  const kept = new Map(options.previous.map((m) => [m.mission, m]));
  const socle = SOCLE.filter((mission) => missionIntroduction(reference, mission, options.from) !== undefined);
  return [
    ...socle.map((mission) => ({
      mission,
      startedOn: kept.get(mission)?.startedOn ?? null,
      deployedOn: kept.get(mission)?.deployedOn ?? null,
    })),
    ...(options.optional ?? []).map((m) => ({
      mission: m.mission,
      startedOn: kept.get(m.mission)?.startedOn ?? null,
      deployedOn: kept.get(m.mission)?.deployedOn ?? null,
      startWithinMonths: m.startWithinMonths ?? null,
      deployedWithinMonths: m.deployedWithinMonths ?? null,
    })),
  ];
}

function signaturesOf(input: ContractInput): AciContract['signatures'] {
  const one = (s: ContractInput['signatures']['cpts']) => (s ? { signedOn: s.signedOn, signatory: s.signatory?.trim() || null } : null);
  return { cpts: one(input.signatures.cpts), cpam: one(input.signatures.cpam), ars: one(input.signatures.ars) };
}

/** Contracts as the principal sees them, with their schedule (variable parts of completed assessments included). */
async function toDtos(ports: AciPorts, ctx: AciContext, cpts: CptsRecord, contracts: readonly StoredContract[]): Promise<ContractDto[]> {
  const reference = await currentAciReference(ports);
  return Promise.all(
    contracts.map(async (contract) => {
      const [indicators, assessments] = await Promise.all([
        ports.aciContracts.indicators(contract.id),
        ports.aciAssessments.ofContract(contract.id),
      ]);
      const variablePayments = contractSignedOn(contract) ? variablePaymentsOf(contract, { reference, indicators, assessments }) : [];
      return toContractDto(contract, {
        reference,
        today: ctx.today,
        variablePayments,
        permissions: {
          manage: canManageContracts(ctx.principal, cpts),
          recordProgress: canRecordMissionProgress(ctx.principal, cpts),
        },
      });
    }),
  );
}

/** The contracts of a CPTS (renewals in order), for whoever reads the CPTS. */
export async function listContracts(ctx: AciContext, cptsId: string): Promise<ContractDto[]> {
  const cpts = await readableCpts(ctx.ports.cpts, ctx.principal, cptsId);
  return toDtos(ctx.ports, ctx, cpts, await ctx.ports.aciContracts.ofCpts([cptsId]));
}

export async function getContract(ctx: AciContext, id: string): Promise<ContractDto> {
  const { contract, cpts } = await loadContract(ctx.ports, ctx, id);
  return (await toDtos(ctx.ports, ctx, cpts, [contract]))[0] as ContractDto;
}

/**
 * Records the lifecycle step « ACI signé » on the contract's signature date when the CPTS is
 * still at « projet de santé validé » (the contract is what that step means).
 */
async function recordSignatureStep(ports: AciPorts, ctx: AciContext, cpts: CptsRecord, signedOn: string): Promise<void> {
  if (cpts.stage !== 'healthProjectValidated') return;
  const history = await ports.cpts.history(cpts.id);
  const last = history.at(-1);
  if (last && signedOn < last.occurredOn) {
    throw invalid('signatures', `Le contrat ne peut pas être signé avant la dernière étape de la CPTS (${formatDate(last.occurredOn)}).`);
  }
  const planned = planTransition({
    current: cpts.stage,
    history,
    to: 'aciSigned',
    date: signedOn,
    comment: 'Signature du contrat ACI (CPTS, CPAM et ARS)',
    canAct: () => true,
    today: ctx.today,
  });
  await ports.cpts.appendTransition(cpts.id, { ...planned, id: crypto.randomUUID(), authorId: ctx.principal.userId, createdAt: ctx.now });
}

/**
 * Records a contract (ARS/CPAM of the CPTS's region, or admin): its parties' dated signatures,
 * the population and taille fixed at signature, the optional missions chosen. A renewal names
 * the contract it follows. Missions already started under the lifecycle alone (before contracts
 * were recorded) keep their dates.
 */
export async function createContract(ctx: AciContext, cptsId: string, input: ContractInput): Promise<string> {
  return ctx.transaction(async (ports) => {
    const cpts = await readableCpts(ports.cpts, ctx.principal, cptsId, true);
    assertManages(ctx, cpts);
    if (!CONTRACT_STAGES.has(cpts.stage) || !isActive(cpts.stage)) {
      throw conflict('Un contrat ACI suppose un projet de santé validé par l’ARS.', 'cptsId');
    }
    const reference = await currentAciReference(ports);
    const existing = await ports.aciContracts.ofCpts([cptsId]);
    const previous = input.renewsId ? existing.find((c) => c.id === input.renewsId) : undefined;
    if (input.renewsId && !previous) throw invalid('renewsId', "Ce contrat n'est pas un contrat de cette CPTS.");
    if (!input.renewsId && existing.some((c) => !c.termination)) {
      throw conflict('Cette CPTS a déjà un contrat : saisissez son renouvellement ou modifiez-le.', 'renewsId');
    }
    const legacy = await ports.cpts.milestones(cptsId);
    const signatures = signaturesOf(input);
    const draft = { signatures } as Pick<AciContract, 'signatures'>;
    const from = contractSignedOn(draft) ?? ctx.today;
    const contract: StoredContract = {
      id: crypto.randomUUID(),
      cptsId,
      signatures,
      population: { count: input.population, vintage: input.populationVintage },
      sizeCategory: (input.sizeCategory as SizeCategory | undefined) ?? sizeCategory(input.population),
      missions: contractMissions(reference, {
        from,
        previous: previous
          ? []
          : Object.entries(legacy).flatMap(([mission, m]) =>
              m?.startedOn && m.startedOn >= from
                ? [{ mission: mission as AciMission, startedOn: m.startedOn, deployedOn: m.deployedOn ?? null }]
                : [],
            ),
        optional: input.optionalMissions,
      }),
      amendments: [],
      renews: previous?.id ?? null,
      termination: null,
      isDemo: cpts.isDemo,
      createdAt: ctx.now,
      createdBy: ctx.principal.userId,
      updatedAt: ctx.now,
    };
    const signedOn = validateContract(contract, { reference, today: ctx.today });
    if (previous) checkRenewal(previous, contract);
    await ports.aciContracts.save(contract);
    if (signedOn) await recordSignatureStep(ports, ctx, cpts, signedOn);
    return contract.id;
  });
}

/**
 * Completes or corrects a contract awaiting signatures (a party signs later). Once all three
 * signed, its terms change only by amendment (taille) or termination.
 */
export async function updateContract(ctx: AciContext, id: string, input: ContractInput): Promise<void> {
  await ctx.transaction(async (ports) => {
    const { contract, cpts } = await loadContract(ports, ctx, id, true);
    assertManages(ctx, cpts);
    if (contractSignedOn(contract)) throw conflict('Le contrat est signé : ses termes changent par avenant ou par résiliation.');
    const reference = await currentAciReference(ports);
    const signatures = signaturesOf(input);
    const from = contractSignedOn({ signatures }) ?? ctx.today;
    const next: StoredContract = {
      ...contract,
      signatures,
      population: { count: input.population, vintage: input.populationVintage },
      sizeCategory: (input.sizeCategory as SizeCategory | undefined) ?? sizeCategory(input.population),
      missions: contractMissions(reference, { from, previous: contract.missions, optional: input.optionalMissions }),
      updatedAt: ctx.now,
    };
    const signedOn = validateContract(next, { reference, today: ctx.today });
    if (next.renews) {
      const previous = await ports.aciContracts.get(next.renews);
      if (previous) checkRenewal(previous, next);
    }
    await ports.aciContracts.save(next);
    if (signedOn) await recordSignatureStep(ports, ctx, cpts, signedOn);
  });
}

/** The coordination team records when a mission of the contract started and was fully deployed. */
export async function recordContractMission(
  ctx: AciContext,
  target: { contractId: string; mission: AciMission },
  progress: { startedOn?: string | null | undefined; deployedOn?: string | null | undefined },
): Promise<void> {
  await ctx.transaction(async (ports) => {
    const { contract, cpts } = await loadContract(ports, ctx, target.contractId, true);
    if (!canRecordMissionProgress(ctx.principal, cpts)) {
      throw forbidden("Seule l'équipe de coordination de la CPTS enregistre le suivi de ses missions.");
    }
    const index = contract.missions.findIndex((m) => m.mission === target.mission);
    if (index < 0) throw invalid('mission', 'Cette mission ne figure pas au contrat.');
    const current = contract.missions[index] as ContractMission;
    const missions = contract.missions.map((m, i) =>
      i === index
        ? {
            ...current,
            startedOn: progress.startedOn === undefined ? current.startedOn : progress.startedOn,
            deployedOn: progress.deployedOn === undefined ? current.deployedOn : progress.deployedOn,
          }
        : m,
    );
    const next = { ...contract, missions, updatedAt: ctx.now };
    validateContract(next, { reference: await currentAciReference(ports), today: ctx.today });
    await ports.aciContracts.save(next);
  });
}

/** A dated amendment changing the taille (a new population checked by the CPAM). */
export async function amendContract(
  ctx: AciContext,
  id: string,
  input: {
    signedOn: string;
    effectiveFrom: string;
    population: number;
    populationVintage: number;
    sizeCategory?: number | undefined;
    reason?: string | null | undefined;
  },
): Promise<void> {
  await ctx.transaction(async (ports) => {
    const { contract, cpts } = await loadContract(ports, ctx, id, true);
    assertManages(ctx, cpts);
    if (!contractSignedOn(contract)) throw conflict("Un avenant modifie un contrat signé : complétez d'abord les signatures.");
    const next: StoredContract = {
      ...contract,
      amendments: [
        ...contract.amendments,
        {
          signedOn: input.signedOn,
          effectiveFrom: input.effectiveFrom,
          population: { count: input.population, vintage: input.populationVintage },
          sizeCategory: (input.sizeCategory as SizeCategory | undefined) ?? sizeCategory(input.population),
          reason: input.reason?.trim() || null,
        },
      ],
      updatedAt: ctx.now,
    };
    validateContract(next, { reference: await currentAciReference(ports), today: ctx.today });
    await ports.aciContracts.save(next);
  });
}

/** Terminates a contract (missions not done, eligibility lost…): advances are repaid pro rata (the schedule shows it). */
export async function terminateContract(
  ctx: AciContext,
  id: string,
  input: { effectiveOn: string; reason: TerminationReason; comment?: string | null | undefined },
): Promise<void> {
  await ctx.transaction(async (ports) => {
    const { contract, cpts } = await loadContract(ports, ctx, id, true);
    assertManages(ctx, cpts);
    const termination = planTermination({ contract, effectiveOn: input.effectiveOn, reason: input.reason, comment: input.comment ?? null });
    const signedOn = contractSignedOn(contract) as string;
    if (termination.effectiveOn > contractEndsOn(signedOn)) throw invalid('effectiveOn', 'Le contrat a déjà pris fin.');
    await ports.aciContracts.save({ ...contract, termination, updatedAt: ctx.now });
  });
}

/**
 * Mission starts loaded from a region's registry (docs/reference/registry-import.md §5): the
 * contract's co-signatories record the history the coordination team would otherwise type in;
 * only missions not yet started are set, and the contract's rules still apply (no start before
 * the signature nor in the future).
 */
export async function recordImportedMissionStarts(
  ctx: AciContext,
  contractId: string,
  starts: readonly { mission: AciMission; startedOn: string }[],
): Promise<void> {
  await ctx.transaction(async (ports) => {
    const { contract, cpts } = await loadContract(ports, ctx, contractId, true);
    assertManages(ctx, cpts);
    const byMission = new Map(starts.map((s) => [s.mission, s.startedOn]));
    for (const mission of byMission.keys()) {
      if (!contract.missions.some((m) => m.mission === mission)) throw invalid('mission', 'Cette mission ne figure pas au contrat.');
    }
    const missions = contract.missions.map((m) => (m.startedOn ? m : { ...m, startedOn: byMission.get(m.mission) ?? null }));
    const next = { ...contract, missions, updatedAt: ctx.now };
    try {
      validateContract(next, { reference: await currentAciReference(ports), today: ctx.today });
    } catch (error) {
      // Name the mission rather than its position in the contract: the file has one column per mission.
      const position = error instanceof DomainError ? /^missions\[(\d+)\]/.exec(error.field ?? '') : null;
      const mission = position ? missions[Number(position[1])]?.mission : undefined;
      if (error instanceof DomainError && mission) throw invalid(`missions.${mission}`, error.message);
      throw error;
    }
    await ports.aciContracts.save(next);
  });
}
