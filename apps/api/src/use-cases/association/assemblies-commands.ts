import type { AssemblyDetailDto, AttendanceUpdateInput, CloseAssemblyInput, ConvokeAssemblyInput, VoteInput } from '@maillon/contracts';
import {
  createAssociationAssembliesRepository,
  createAssociationGovernanceRepository,
  createAssociationMembersRepository,
  createAssociationSettingsRepository,
  type Db,
} from '@maillon/db';
import type { AssemblyRecord, ResolutionRecord } from '@maillon/domain';
import {
  applyAttendance,
  assertNotClosed,
  computeQuorum,
  DomainError,
  decideVote,
  planConstitution,
  type SeatHolder,
} from '@maillon/domain';
import { loadAssembly, readAssemblyDetail } from './assemblies-queries.ts';
import { type AssociationContext, inManagedAssociation } from './association-access.ts';
import { DEFAULT_SETTINGS } from './categories.ts';

type AssemblyTarget = { cptsId: string; assemblyId: string };

/** The calendar day of an instant in Europe/Paris. */
const parisDay = (at: Date) => new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Paris' }).format(at);

/**
 * Convenes a general assembly: agenda and resolutions are fixed, the statutes' settings copied,
 * and the list of members entitled to vote frozen (active members of voting categories).
 */
export async function convokeAssembly(ctx: AssociationContext, cptsId: string, input: ConvokeAssemblyInput): Promise<string> {
  return inManagedAssociation(ctx, cptsId, async (tx) => {
    const settingsRepo = createAssociationSettingsRepository(tx);
    const assemblies = createAssociationAssembliesRepository(tx);
    if (input.kind === 'constitutive' && (await assemblies.list(cptsId)).some((a) => a.kind === 'constitutive')) {
      throw new DomainError('CONFLICT', "L'association a déjà tenu (ou convoqué) son assemblée constitutive.", 'kind');
    }
    const settings = (await settingsRepo.settings(cptsId)) ?? DEFAULT_SETTINGS;
    const categories = new Map((await settingsRepo.categories(cptsId)).map((c) => [c.id, c]));
    const voters = (await createAssociationMembersRepository(tx).list(cptsId, { status: 'active' }))
      .filter((m) => m.categoryId && categories.get(m.categoryId)?.voting)
      .map((m) => ({
        memberId: m.id,
        displayName: m.displayName,
        categoryName: categories.get(m.categoryId as string)?.name ?? null,
        attendance: 'absent' as const,
        proxyHolderId: null,
      }));
    if (voters.length === 0) {
      throw new DomainError(
        'CONFLICT',
        "Aucun adhérent n'a le droit de vote : validez des adhésions dans un collège votant d'abord.",
        'kind',
      );
    }
    const id = crypto.randomUUID();
    const assembly: AssemblyRecord = {
      id,
      cptsId,
      kind: input.kind,
      title: input.title,
      scheduledAt: new Date(input.scheduledAt),
      location: input.location?.trim() || null,
      agenda: input.agenda,
      status: 'convened',
      ...settings,
      convenedAt: ctx.now,
      closedAt: null,
      minutes: null,
    };
    const resolutions: ResolutionRecord[] = input.resolutions.map((r, i) => ({
      id: crypto.randomUUID(),
      assemblyId: id,
      position: i + 1,
      title: r.title,
      text: r.text?.trim() || null,
      majorityRule: r.majorityRule ?? settings.majorityRule,
      votesFor: null,
      votesAgainst: null,
      votesAbstain: null,
      outcome: null,
      votedAt: null,
    }));
    await assemblies.create(assembly, voters, resolutions);
    await ctx.audit.record(tx, {
      action: 'create',
      entity: 'assemblyAttendance',
      recordIds: voters.map((v) => v.memberId),
      cptsId,
      details: { assemblyId: id },
    });
    return id;
  });
}

/** Runs `work` on a locked, still open assembly of a managed CPTS, and answers its fresh detail. */
function onOpenAssembly(
  ctx: AssociationContext,
  target: AssemblyTarget,
  work: (tx: Db, assembly: AssemblyRecord) => Promise<void>,
): Promise<AssemblyDetailDto> {
  return inManagedAssociation(ctx, target.cptsId, async (tx) => {
    const assembly = await loadAssembly(tx, target, true);
    assertNotClosed(assembly.status);
    await work(tx, assembly);
    const detail = await readAssemblyDetail(tx, await loadAssembly(tx, target));
    // The answer names the voters and their attendance.
    await ctx.audit.record(tx, {
      action: 'read',
      entity: 'assemblyAttendance',
      recordIds: detail.voters.map((v) => v.memberId),
      cptsId: target.cptsId,
      details: { assemblyId: target.assemblyId },
    });
    return detail;
  });
}

/** Marks attendance and proxies; the answer carries the live quorum. */
export function updateAttendance(
  ctx: AssociationContext,
  target: AssemblyTarget,
  input: AttendanceUpdateInput,
): Promise<AssemblyDetailDto> {
  return onOpenAssembly(ctx, target, async (tx, assembly) => {
    const repo = createAssociationAssembliesRepository(tx);
    const voters = await repo.voters(assembly.id);
    const next = applyAttendance(voters, input.changes, assembly.maxProxiesPerHolder);
    const before = new Map(voters.map((v) => [v.memberId, v]));
    const changed = next.filter((v) => {
      const old = before.get(v.memberId);
      return old?.attendance !== v.attendance || old?.proxyHolderId !== v.proxyHolderId;
    });
    await repo.saveAttendance(assembly.id, changed);
    if (changed.length) {
      await ctx.audit.record(tx, {
        action: 'update',
        entity: 'assemblyAttendance',
        recordIds: changed.map((v) => v.memberId),
        cptsId: target.cptsId,
        details: { assemblyId: assembly.id },
      });
    }
  });
}

function assertHeld(assembly: AssemblyRecord, today: string): void {
  if (parisDay(assembly.scheduledAt) > today) {
    throw new DomainError('CONFLICT', "L'assemblée n'a pas encore eu lieu.", 'scheduledAt');
  }
}

/** Records the tally of one resolution under its majority rule; the first vote opens the session. */
export function recordVote(
  ctx: AssociationContext,
  target: AssemblyTarget & { resolutionId: string },
  input: VoteInput,
): Promise<AssemblyDetailDto> {
  return onOpenAssembly(ctx, target, async (tx, assembly) => {
    assertHeld(assembly, ctx.today);
    const repo = createAssociationAssembliesRepository(tx);
    const resolution = (await repo.resolutions([assembly.id])).find((r) => r.id === target.resolutionId);
    if (!resolution) throw new DomainError('NOT_FOUND', 'Résolution introuvable.');
    const quorum = computeQuorum(await repo.voters(assembly.id), assembly.quorumPercent);
    const outcome = decideVote(input, resolution.majorityRule, quorum);
    await repo.recordVote(resolution.id, { ...input, outcome, votedAt: ctx.now });
    if (assembly.status === 'convened') await repo.setStatus(assembly.id, { status: 'open' });
  });
}

async function seatHolders(db: Db, cptsId: string): Promise<Map<string, SeatHolder>> {
  const categories = new Map((await createAssociationSettingsRepository(db).categories(cptsId)).map((c) => [c.id, c]));
  const members = await createAssociationMembersRepository(db).list(cptsId);
  return new Map(
    members.map((m) => [
      m.id,
      { id: m.id, status: m.status, voting: Boolean(m.categoryId && categories.get(m.categoryId)?.voting), leftOn: m.leftOn },
    ]),
  );
}

/** Closes the assembly; a constitutive one creates the association's first bureau and board. */
export function closeAssembly(ctx: AssociationContext, target: AssemblyTarget, input: CloseAssemblyInput): Promise<AssemblyDetailDto> {
  return onOpenAssembly(ctx, target, async (tx, assembly) => {
    assertHeld(assembly, ctx.today);
    const repo = createAssociationAssembliesRepository(tx);
    const governance = createAssociationGovernanceRepository(tx);
    const heldOn = parisDay(assembly.scheduledAt);
    const [resolutions, voters, bodies] = await Promise.all([
      repo.resolutions([assembly.id]),
      repo.voters(assembly.id),
      governance.bodies(target.cptsId),
    ]);
    const planned = planConstitution({
      assemblyKind: assembly.kind,
      heldOn,
      resolutions,
      voterIds: new Set(voters.map((v) => v.memberId)),
      members: assembly.kind === 'constitutive' ? await seatHolders(tx, target.cptsId) : new Map(),
      existingBodyKinds: bodies.filter((b) => b.endedOn === null || b.endedOn > heldOn).map((b) => b.kind),
      firstBodies: input.firstBodies,
    });
    for (const body of planned) {
      const bodyId = crypto.randomUUID();
      await governance.createBody({
        id: bodyId,
        cptsId: target.cptsId,
        kind: body.kind,
        name: body.name,
        createdOn: body.createdOn,
        endedOn: null,
      });
      for (const mandate of body.mandates) await governance.createMandate({ ...mandate, id: crypto.randomUUID(), bodyId });
    }
    await repo.setStatus(assembly.id, { status: 'closed', closedAt: ctx.now, minutes: input.minutes?.trim() || null });
  });
}
