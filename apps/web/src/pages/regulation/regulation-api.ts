import { type ClientInput, endpoints } from '@maillon/contracts';
import { call, urlOf } from '../../api/client.ts';

const s = endpoints.slotBooking;

/** Regulation, booking and slot use (packages/contracts/src/api/slot-booking.api.ts). */
export const regulationApi = {
  search: (query: ClientInput<typeof s.search>['query']) => call(s.search, { query }),
  hold: (slotId: string) => call(s.hold, { params: { slotId } }),
  book: (slotId: string, body: ClientInput<typeof s.book>['body']) => call(s.book, { params: { slotId }, body }),
  mine: () => call(s.mine, {}),
  professional: () => call(s.professional, {}),
  cancel: (bookingId: string, reason: string) => call(s.cancel, { params: { bookingId }, body: { reason } }),
  outcome: (bookingId: string, status: 'fulfilled' | 'noshow') => call(s.outcome, { params: { bookingId }, body: { status } }),
  slotUse: (cptsId: string, query: ClientInput<typeof s.slotUse>['query']) => call(s.slotUse, { params: { id: cptsId }, query }),
  slotUseCsvUrl: (cptsId: string, query: ClientInput<typeof s.slotUse>['query']) => urlOf(s.slotUseCsv, { params: { id: cptsId }, query }),
};
