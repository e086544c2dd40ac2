import { type ClientInput, endpoints } from '@maillon/contracts';
import { call, urlOf } from '../../api/client.ts';

const c = endpoints.gpCapacity;
const m = endpoints.mtMatching;

/** GP capacity, matching runs, proposals and indicators (packages/contracts/src/api/gp-capacity.api.ts, mt-matching.api.ts). */
export const mtMatchingApi = {
  myCapacity: () => call(c.mine, {}),
  declare: (cptsId: string, body: ClientInput<typeof c.declare>['body']) => call(c.declare, { params: { id: cptsId }, body }),
  capacities: (cptsId: string) => call(c.ofCpts, { params: { id: cptsId } }),
  startRun: (cptsId: string) => call(m.startRun, { params: { id: cptsId } }),
  runs: (cptsId: string) => call(m.runs, { params: { id: cptsId } }),
  run: (cptsId: string, runId: string) => call(m.run, { params: { id: cptsId, runId } }),
  runResult: (cptsId: string, runId: string) => call(m.runResult, { params: { id: cptsId, runId } }),
  proposals: (cptsId: string) => call(m.proposals, { params: { id: cptsId } }),
  send: (cptsId: string, proposalIds: string[]) => call(m.send, { params: { id: cptsId }, body: { proposalIds } }),
  withdraw: (cptsId: string, proposalId: string) => call(m.withdraw, { params: { id: cptsId, proposalId }, body: { comment: null } }),
  indicators: (cptsId: string) => call(m.indicators, { params: { id: cptsId } }),
  regionIndicators: (regionCode: string) => call(m.regionIndicators, { query: { region: regionCode } }),
  indicatorsCsvUrl: (cptsId: string) => urlOf(m.indicatorsCsv, { params: { id: cptsId } }),
  regionIndicatorsCsvUrl: (regionCode: string) => urlOf(m.regionIndicatorsCsv, { query: { region: regionCode } }),
  gpProposals: () => call(m.gpProposals, {}),
  decide: (proposalId: string, body: ClientInput<typeof m.decide>['body']) => call(m.decide, { params: { proposalId }, body }),
  candidates: (cptsId: string) => call(m.candidates, { params: { id: cptsId } }),
  take: (cptsId: string, requestId: string) => call(m.take, { params: { id: cptsId }, body: { requestId } }),
};
