import type { FileDownload, mtMatchingApi } from '@maillon/contracts';
import { workerMatchingEngine } from '../composition/matching-engine.ts';
import type { AppContext } from '../context.ts';
import type { Handlers } from '../http/register-routes.ts';
import { useCaseContext } from '../http/request-context.ts';
import { getFollowUp, saveFollowUp } from '../use-cases/mt-matching/follow-up-settings.ts';
import { gpCandidates, takeCandidate } from '../use-cases/mt-matching/gp-candidates.ts';
import { decideProposal, listGpProposals } from '../use-cases/mt-matching/gp-proposals.ts';
import { cptsIndicatorsFile, regionIndicatorsFile } from '../use-cases/mt-matching/indicators-csv.ts';
import { executeMatchingRun, listRuns, runDto, runProgress, runResult, startMatchingRun } from '../use-cases/mt-matching/matching-runs.ts';
import { listTeamProposals, sendProposals, withdrawProposal } from '../use-cases/mt-matching/team-proposals.ts';
import { cptsWaitingListIndicators, regionWaitingListIndicators } from '../use-cases/mt-matching/waiting-list-figures.ts';

const csv = (file: { name: string; body: string }): FileDownload => ({ ...file, type: 'text/csv; charset=utf-8' });

/** Matching runs, proposals and the GP's workflow (routes of packages/contracts/src/api/mt-matching.api.ts). */
export function mtMatchingHandlers(ctx: AppContext): Handlers<typeof mtMatchingApi> {
  const engine = workerMatchingEngine();
  const context = (request: Parameters<typeof useCaseContext>[1]) => useCaseContext(ctx, request);
  return {
    startRun: async ({ params }, request) => {
      const c = context(request);
      const run = await startMatchingRun(c, params.id);
      // The run goes on after the answer; its state is stored, so any process reports it.
      void executeMatchingRun(c, run, { engine, clock: ctx.clock });
      return runDto(run, new Map([[c.principal.userId, c.principal.displayName]]));
    },
    runs: async ({ params }, request) => listRuns(context(request), params.id),
    run: async ({ params }, request) => runProgress(context(request), params.id, params.runId),
    runResult: async ({ params }, request) => runResult(context(request), params.id, params.runId),
    proposals: async ({ params }, request) => listTeamProposals(context(request), params.id),
    send: async ({ params, body }, request) => {
      const c = context(request);
      await sendProposals(c, params.id, body.proposalIds);
      return listTeamProposals(c, params.id);
    },
    withdraw: async ({ params, body }, request) => {
      const c = context(request);
      await withdrawProposal(c, params.id, params.proposalId, body.comment);
      return listTeamProposals(c, params.id);
    },
    followUp: async ({ params }, request) => getFollowUp(context(request), params.id),
    saveFollowUp: async ({ params, body }, request) => saveFollowUp(context(request), params.id, body),
    indicators: async ({ params }, request) => cptsWaitingListIndicators(context(request), params.id),
    regionIndicators: async ({ query }, request) => regionWaitingListIndicators(context(request), query.region),
    indicatorsCsv: async ({ params }, request) => csv(await cptsIndicatorsFile(context(request), params.id)),
    regionIndicatorsCsv: async ({ query }, request) => csv(await regionIndicatorsFile(context(request), query.region)),
    gpProposals: async (_input, request) => listGpProposals(context(request)),
    decide: async ({ params, body }, request) => decideProposal(context(request), params.proposalId, body),
    candidates: async ({ params }, request) => gpCandidates(context(request), params.id),
    take: async ({ params, body }, request) => takeCandidate(context(request), params.id, body.requestId),
  };
}
