import { type ClientInput, endpoints } from '@maillon/contracts';
import { call } from '../../api/client.ts';

const s = endpoints.slots;

/** Slot publication, iCal feed, CPTS offer and rota (packages/contracts/src/api/slots.api.ts). */
export const slotsApi = {
  mine: (from: string, days: number) => call(s.mine, { query: { from, days } }),
  preview: (body: ClientInput<typeof s.preview>['body']) => call(s.preview, { body }),
  publish: (body: ClientInput<typeof s.publish>['body']) => call(s.publish, { body }),
  update: (id: string, body: ClientInput<typeof s.update>['body']) => call(s.update, { params: { id }, body }),
  withdraw: (ids: string[]) => call(s.withdraw, { body: { ids } }),
  withdrawSeries: (id: string, from: string) => call(s.withdrawSeries, { params: { id }, body: { from } }),
  setQuotas: (cptsId: string, quotas: ClientInput<typeof s.setQuotas>['body']['quotas']) =>
    call(s.setQuotas, { params: { id: cptsId }, body: { quotas } }),
  feed: () => call(s.feed, {}),
  createFeed: () => call(s.createFeed, {}),
  revokeFeed: () => call(s.revokeFeed, {}),
  offer: (cptsId: string, from: string, days: number) => call(s.offer, { params: { id: cptsId }, query: { from, days } }),
  rota: (cptsId: string, week: string) => call(s.rota, { params: { id: cptsId }, query: { week } }),
  addShift: (cptsId: string, body: ClientInput<typeof s.addShift>['body']) => call(s.addShift, { params: { id: cptsId }, body }),
  removeShift: (cptsId: string, shiftId: string) => call(s.removeShift, { params: { id: cptsId, shiftId } }),
};

/** Days and weeks as the pages move through them (YYYY-MM-DD, Europe/Paris). */
export const addDays = (date: string, days: number) =>
  new Date(Date.parse(`${date}T12:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
export function mondayOf(date: string): string {
  const weekday = (new Date(`${date}T12:00:00Z`).getUTCDay() + 6) % 7;
  return addDays(date, -weekday);
}
