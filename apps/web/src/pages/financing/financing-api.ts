import { type ClientInput, endpoints } from '@maillon/contracts';
import { call, urlOf } from '../../api/client.ts';

export type FinancingQuery = ClientInput<typeof endpoints.aci.financing>['query'];

export const financingApi = {
  view: (query: FinancingQuery) => call(endpoints.aci.financing, { query }),
  csvUrl: (query: FinancingQuery) => urlOf(endpoints.aci.financingCsv, { query }),
  xlsxUrl: (query: FinancingQuery) => urlOf(endpoints.aci.financingXlsx, { query }),
};
