import { endpoints } from '@maillon/contracts';
import { call } from '../../api/client.ts';

const p = endpoints.proRequests;

/** Requests between professionals (packages/contracts/src/api/pro-requests.api.ts). */
export const proRequestsApi = {
  mine: () => call(p.mine, {}),
  accept: (id: string) => call(p.accept, { params: { id } }),
  decline: (id: string, reason: string) => call(p.decline, { params: { id }, body: { reason } }),
};
