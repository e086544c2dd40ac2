import { endpoints, type ProposalStatusDto } from '@maillon/contracts';
import { call } from './client.ts';

const routes = endpoints.territoryProposals;

export interface DecisionInput {
  decision: 'accept' | 'refuse';
  comment?: string;
  regionCode?: string;
}

/** Territory proposals: filed from the territory editor, decided by the ARS of each region asked. */
export const proposalsApi = {
  ofCpts: (cptsId: string) => call(routes.listOfCpts, { params: { id: cptsId } }),
  propose: (cptsId: string, units: string[], comment: string) =>
    call(routes.propose, { params: { id: cptsId }, body: { units, ...(comment ? { comment } : {}) } }),
  ofRegion: (region: string, status?: ProposalStatusDto) => call(routes.listOfRegion, { query: { region, status } }),
  decide: (id: string, input: DecisionInput) => call(routes.decide, { params: { id }, body: input }),
  withdraw: (id: string) => call(routes.withdraw, { params: { id } }),
};
