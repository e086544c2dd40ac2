import { endpoints, type SpecialistRequestInputDto } from '@maillon/contracts';
import { call } from '../../api/client.ts';

const s = endpoints.specialistRequests;

/** Specialist consultations and opinions (packages/contracts/src/api/specialist-requests.api.ts). */
export const specialistRequestsApi = {
  mine: () => call(s.mine, {}),
  post: (body: SpecialistRequestInputDto) => call(s.post, { body }),
  answer: (id: string, text: string) => call(s.answer, { params: { id }, body: { text } }),
  book: (id: string, slotId: string) => call(s.book, { params: { id }, body: { slotId } }),
  cancel: (id: string) => call(s.cancel, { params: { id } }),
  indicator: (cptsId: string) => call(s.indicator, { params: { id: cptsId } }),
};
