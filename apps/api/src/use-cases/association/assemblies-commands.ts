import type { AssemblyDetailDto, AttendanceUpdateInput, CloseAssemblyInput, ConvokeAssemblyInput, VoteInput } from '@maillon/contracts';
import type { AssemblyRecord, ResolutionRecord } from '@maillon/domain';
import {
  applyAttendance,
  assertAssemblyHeld,
  assertConstitutiveNotHeld,
  assertNotClosed,
  computeQuorum,
  DEFAULT_ASSOCIATION_SETTINGS,
  DomainError,
  decideVote,
  frozenVoterList,
  heldOn,
  planConstitution,
  type SeatHolder,
  seatHolderOf,
} from '@maillon/domain';
import { loadAssembly, readAssemblyDetail } from './assemblies-queries.ts';
import { inManagedAssociation } from './association-access.ts';
import type { AssociationContext, AssociationPorts } from './association-ports.ts';

type AssemblyTarget = { cptsId: string; assemblyId: string };

/**
 * Convenes a general assembly: agenda and resolutions are fixed, the statutes' settings copied,
 * and the list of members entitled to vote frozen (`frozenVoterList`).
 */
export async function convokeAssembly(ctx: AssociationContext, cptsId: string, input: ConvokeAssemblyInput): Promise<string> {
  return inManagedAssociation(ctx, cptsId, async (ports) => {
    assertConstitutiveNotHeld(
      (await ports.assemblies.list(cptsId)).map((a) => a.kind),
      input.kind,
    );
    const settings = (await ports.associationSettings.settings(cptsId)) ?? DEFAULT_ASSOCIATION_SETTINGS;
    const categories = new Map((await ports.associationSettings.categories(cptsId)).map((c) => [c.id, c]));
    const voters = frozenVoterList(await ports.members.list(cptsId, { status: 'active' }), categories);
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
    await ports.assemblies.create(assembly, voters, resolutions);
    await ports.audit.record({
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
  work: (ports: AssociationPorts, assembly: AssemblyRecord) => Promise<void>,
): Promise<AssemblyDetailDto> {
  return inManagedAssociation(ctx, target.cptsId, async (ports) => {
    const assembly = await loadAssembly(ports, target, true);
    assertNotClosed(assembly.status);
    await work(ports, assembly);
    const detail = await readAssemblyDetail(ports, await loadAssembly(ports, target));
    // The answer names the voters and their attendance.
    await ports.audit.record({
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
  return onOpenAssembly(ctx, target, async (ports, assembly) => {
    const voters = await ports.assemblies.voters(assembly.id);
    const next = applyAttendance(voters, input.changes, assembly.maxProxiesPerHolder);
    const before = new Map(voters.map((v) => [v.memberId, v]));
    const changed = next.filter((v) => {
      const old = before.get(v.memberId);
      return old?.attendance !== v.attendance || old?.proxyHolderId !== v.proxyHolderId;
    });
    await ports.assemblies.saveAttendance(assembly.id, changed);
    if (changed.length) {
      await ports.audit.record({
        action: 'update',
        entity: 'assemblyAttendance',
        recordIds: changed.map((v) => v.memberId),
        cptsId: target.cptsId,
        details: { assemblyId: assembly.id },
      });
    }
  });
}

/** Records the tally of one resolution under its majority rule; the first vote opens the session. */
export function recordVote(
  ctx: AssociationContext,
  target: AssemblyTarget & { resolutionId: string },
  input: VoteInput,
): Promise<AssemblyDetailDto> {
  return onOpenAssembly(ctx, target, async (ports, assembly) => {
    assertAssemblyHeld(assembly.scheduledAt, ctx.today);
    const resolution = (await ports.assemblies.resolutions([assembly.id])).find((r) => r.id === target.resolutionId);
    if (!resolution) throw new DomainError('NOT_FOUND', 'Résolution introuvable.');
    const quorum = computeQuorum(await ports.assemblies.voters(assembly.id), assembly.quorumPercent);
    const outcome = decideVote(input, resolution.majorityRule, quorum);
    await ports.assemblies.recordVote(resolution.id, { ...input, outcome, votedAt: ctx.now });
    if (assembly.status === 'convened') await ports.assemblies.setStatus(assembly.id, { status: 'open' });
  });
}

async function seatHolders(
  ports: Pick<AssociationPorts, 'members' | 'associationSettings'>,
  cptsId: string,
): Promise<Map<string, SeatHolder>> {
  const categories = new Map((await ports.associationSettings.categories(cptsId)).map((c) => [c.id, c]));
  const members = await ports.members.list(cptsId);
  return new Map(members.map((m) => [m.id, seatHolderOf(m, m.categoryId ? categories.get(m.categoryId) : null)]));
}

/** Closes the assembly; a constitutive one creates the association's first bureau and board. */
export function closeAssembly(ctx: AssociationContext, target: AssemblyTarget, input: CloseAssemblyInput): Promise<AssemblyDetailDto> {
  return onOpenAssembly(ctx, target, async (ports, assembly) => {
    assertAssemblyHeld(assembly.scheduledAt, ctx.today);
    const day = heldOn(assembly.scheduledAt);
    const [resolutions, voters, bodies] = await Promise.all([
      ports.assemblies.resolutions([assembly.id]),
      ports.assemblies.voters(assembly.id),
      ports.governance.bodies(target.cptsId),
    ]);
    const planned = planConstitution({
      assemblyKind: assembly.kind,
      heldOn: day,
      resolutions,
      voterIds: new Set(voters.map((v) => v.memberId)),
      members: assembly.kind === 'constitutive' ? await seatHolders(ports, target.cptsId) : new Map(),
      existingBodyKinds: bodies.filter((b) => b.endedOn === null || b.endedOn > day).map((b) => b.kind),
      firstBodies: input.firstBodies,
    });
    for (const body of planned) {
      const bodyId = crypto.randomUUID();
      await ports.governance.createBody({
        id: bodyId,
        cptsId: target.cptsId,
        kind: body.kind,
        name: body.name,
        createdOn: body.createdOn,
        endedOn: null,
      });
      for (const mandate of body.mandates) await ports.governance.createMandate({ ...mandate, id: crypto.randomUUID(), bodyId });
    }
    await ports.assemblies.setStatus(assembly.id, { status: 'closed', closedAt: ctx.now, minutes: input.minutes?.trim() || null });
  });
}
