import type { ProposalStatusDto, TerritoryProposalDto, TerritoryProposalList } from '@maillon/contracts';
import { api, query } from './api-client.ts';

export interface DecisionInput {
  decision: 'accept' | 'refuse';
  comment?: string;
  regionCode?: string;
}

/** Territory proposals: filed from the territory editor, decided by the ARS of each region asked. */
export const proposalsApi = {
  ofCpts: (cptsId: string) => api.get<{ items: TerritoryProposalDto[] }>(`/cpts/${encodeURIComponent(cptsId)}/territory/proposals`),
  propose: (cptsId: string, units: string[], comment: string) =>
    api.post<TerritoryProposalDto>(`/cpts/${encodeURIComponent(cptsId)}/territory/proposals`, { units, ...(comment ? { comment } : {}) }),
  ofRegion: (region: string, status?: ProposalStatusDto) =>
    api.get<TerritoryProposalList>(`/territory-proposals${query({ region, status })}`),
  decide: (id: string, input: DecisionInput) =>
    api.post<TerritoryProposalDto>(`/territory-proposals/${encodeURIComponent(id)}/decisions`, input),
  withdraw: (id: string) => api.post<TerritoryProposalDto>(`/territory-proposals/${encodeURIComponent(id)}/withdrawal`),
};
