import { endpoints, type ProRequestInputDto } from '@maillon/contracts';
import { call } from '../../api/client.ts';

const p = endpoints.proRequests;

/** Requests between professionals (packages/contracts/src/api/pro-requests.api.ts). */
export const proRequestsApi = {
  mine: () => call(p.mine, {}),
  post: (body: ProRequestInputDto) => call(p.post, { body }),
  detail: (id: string) => call(p.detail, { params: { id } }),
  accept: (id: string) => call(p.accept, { params: { id } }),
  decline: (id: string, reason: string) => call(p.decline, { params: { id }, body: { reason } }),
  cancel: (id: string) => call(p.cancel, { params: { id } }),
  ofCpts: (cptsId: string) => call(p.ofCpts, { params: { id: cptsId } }),
  figures: (cptsId: string) => call(p.figures, { params: { id: cptsId } }),
};
