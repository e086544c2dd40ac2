import type { MatchingRunDto, RunResultDto } from '@maillon/contracts';
import {
  BLOCK_REASON_LABELS,
  conflict,
  DomainError,
  type MatchingResult,
  type MatchingRunRecord,
  type MtProposalRecord,
  notFound,
} from '@maillon/domain';
import { coordinatedCpts } from './current-gp.ts';
import type { MatchingEngine, MtMatchingContext, MtMatchingPorts } from './matching-run-ports.ts';
import { teamProposalDtos } from './proposal-dto.ts';
import { waitingList } from './waiting-list-input.ts';

/** A run whose process has not beaten for this long stopped (crash, restart): it is marked failed. */
const STALE_AFTER_MS = 5 * 60_000;
const HEARTBEAT_MS = 10_000;

export function runDto(run: MatchingRunRecord, names: ReadonlyMap<string, string> = new Map()): MatchingRunDto {
  return {
    id: run.id,
    status: run.status,
    phase: run.phase,
    done: run.done,
    total: run.total,
    startedAt: run.startedAt.toISOString(),
    startedByName: run.startedBy ? (names.get(run.startedBy) ?? null) : null,
    finishedAt: run.finishedAt?.toISOString() ?? null,
    error: run.error,
    summary: run.summary,
  };
}

/**
 * The coordination team launches a matching run (issue #9 item 4): one at a time per CPTS (a
 * second launch while one runs is a conflict, whichever process holds it). The run's state is
 * a database row, so any API process answers its progress.
 */
export async function startMatchingRun(ctx: MtMatchingContext, cptsId: string): Promise<MatchingRunRecord> {
  const cpts = await coordinatedCpts(ctx.ports.cpts, ctx.principal, cptsId);
  await ctx.ports.mtMatching.failStaleRuns(cptsId, new Date(ctx.now.getTime() - STALE_AFTER_MS));
  const run: MatchingRunRecord = {
    id: crypto.randomUUID(),
    cptsId,
    status: 'running',
    phase: null,
    done: 0,
    total: 0,
    startedBy: ctx.principal.userId,
    startedAt: ctx.now,
    heartbeatAt: ctx.now,
    finishedAt: null,
    summary: null,
    unmatched: null,
    error: null,
    isDemo: cpts.isDemo,
  };
  if (!(await ctx.ports.mtMatching.startRun(run))) throw conflict('Un appariement est déjà en cours pour cette CPTS.');
  return run;
}

function draftsOf(run: MatchingRunRecord, result: MatchingResult, now: Date): MtProposalRecord[] {
  return result.proposals.map((p) => ({
    id: crypto.randomUUID(),
    cptsId: run.cptsId,
    requestId: p.patientId,
    runId: run.id,
    idNatPs: p.gpId,
    origin: 'run',
    status: 'draft',
    priorityGroup: p.priority.groupLabel,
    weight: p.priority.weight,
    distanceKm: p.distanceKm,
    tier: p.tier,
    explanation: p.explanation,
    declineReason: null,
    declineComment: null,
    createdAt: now,
    sentOn: null,
    expiresOn: null,
    decidedOn: null,
    remindedOn: null,
    isDemo: run.isDemo,
  }));
}

/**
 * Computes a started run: the waiting list and capacities as of today, the engine in its worker
 * with its progress stored, then the proposals as drafts for the team to review (never an
 * assignment: nothing reaches a GP until the team sends it) and each unmatched request with what
 * blocked it. Earlier drafts are discarded. Never throws: a failure is stored on the run.
 */
export async function executeMatchingRun(
  ctx: MtMatchingContext,
  run: MatchingRunRecord,
  deps: { engine: MatchingEngine; clock: () => Date },
): Promise<void> {
  const repo = ctx.ports.mtMatching;
  let writes = Promise.resolve();
  const beat = setInterval(() => {
    writes = writes.then(() => repo.progressRun(run.id, { phase: latest.phase, done: latest.done, total: latest.total, at: deps.clock() }));
  }, HEARTBEAT_MS);
  let latest: { phase: 'grouping' | 'network' | 'solving' | 'explaining'; done: number; total: number } = {
    phase: 'grouping',
    done: 0,
    total: 0,
  };
  try {
    const list = await waitingList(ctx.ports, run.cptsId, ctx.today);
    const result = await deps.engine.run({ units: list.units, patients: list.patients, gps: list.gps }, (progress) => {
      latest = progress;
      writes = writes.then(() => repo.progressRun(run.id, { ...progress, at: deps.clock() }));
    });
    clearInterval(beat);
    await writes;
    await ctx.transaction(async (ports) => {
      const discarded = await ports.mtMatching.discardDrafts(run.cptsId);
      const drafts = draftsOf(run, result, deps.clock());
      await ports.mtMatching.insertProposals(drafts);
      await ports.mtMatching.addProposalEvents(
        drafts.map((d) => ({
          id: crypto.randomUUID(),
          proposalId: d.id,
          fromStatus: null,
          toStatus: 'draft',
          actor: 'team',
          authorId: run.startedBy,
          comment: null,
          at: d.createdAt,
        })),
      );
      await ports.mtMatching.finishRun(run.id, {
        status: 'done',
        at: deps.clock(),
        error: null,
        summary: {
          patients: result.stats.patients,
          gps: result.stats.gps,
          placements: result.objective.placements,
          distanceMode: result.distanceMode,
          totalDistanceKm: result.objective.totalDistanceKm,
        },
        unmatched: result.unmatched.map((u) => ({
          requestId: u.patientId,
          priorityGroup: u.priority.groupLabel,
          reason: u.reason,
          explanation: u.explanation,
        })),
      });
      await ports.audit.record({
        action: 'create',
        entity: 'mtProposal',
        recordIds: drafts.map((d) => d.id),
        cptsId: run.cptsId,
        details: { runId: run.id, proposals: drafts.length, unmatched: result.unmatched.length, discarded: discarded.length },
      });
    });
  } catch (error) {
    clearInterval(beat);
    await writes.catch(() => undefined);
    const message = error instanceof DomainError ? error.message : 'Le calcul a échoué ; réessayez ou contactez l’administrateur.';
    await repo.finishRun(run.id, { status: 'failed', at: deps.clock(), error: message, summary: null, unmatched: null });
  }
}

/** The CPTS's recent runs (no personal data: counts and progress). */
export async function listRuns(ctx: MtMatchingContext, cptsId: string): Promise<{ items: MatchingRunDto[] }> {
  await coordinatedCpts(ctx.ports.cpts, ctx.principal, cptsId);
  const runs = await ctx.ports.mtMatching.runs(cptsId, 20);
  const names = await ctx.ports.identity.displayNames(runs.flatMap((r) => (r.startedBy ? [r.startedBy] : [])));
  return { items: runs.map((r) => runDto(r, names)) };
}

async function loadRun(ports: MtMatchingPorts, cptsId: string, runId: string): Promise<MatchingRunRecord> {
  const run = await ports.mtMatching.run(cptsId, runId);
  if (!run) throw notFound('Appariement introuvable.');
  return run;
}

/** A run's progress, for polling (any process answers: the state is in the database). */
export async function runProgress(ctx: MtMatchingContext, cptsId: string, runId: string): Promise<MatchingRunDto> {
  await coordinatedCpts(ctx.ports.cpts, ctx.principal, cptsId);
  return runDto(await loadRun(ctx.ports, cptsId, runId));
}

/** A run's proposals with why, and its unmatched requests with what blocked: the team reviews them (names shown, read recorded). */
export async function runResult(ctx: MtMatchingContext, cptsId: string, runId: string): Promise<RunResultDto> {
  await coordinatedCpts(ctx.ports.cpts, ctx.principal, cptsId);
  const run = await loadRun(ctx.ports, cptsId, runId);
  const proposals = await ctx.ports.mtMatching.proposals({ cptsId, runId });
  const stored = run.unmatched ?? [];
  const requests = new Map((await ctx.ports.mtRequests.list(cptsId, {})).map((r) => [r.id, r]));
  const unmatched = stored.flatMap((u) => {
    const request = requests.get(u.requestId);
    return request
      ? [
          {
            requestId: u.requestId,
            patientName: `${request.firstName} ${request.lastName}`,
            priorityGroup: u.priorityGroup,
            reason: BLOCK_REASON_LABELS[u.reason],
            explanation: u.explanation,
          },
        ]
      : [];
  });
  const dtos = await teamProposalDtos(ctx.ports, cptsId, proposals, requests);
  await ctx.ports.audit.record({
    action: 'read',
    entity: 'mtProposal',
    recordIds: [...proposals.map((p) => p.requestId), ...unmatched.map((u) => u.requestId)],
    cptsId,
    details: { runId },
  });
  return { run: runDto(run), proposals: dtos, unmatched };
}
