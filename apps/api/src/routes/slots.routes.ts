import type { slotsApi } from '@maillon/contracts';
import type { AppContext } from '../context.ts';
import type { Handlers } from '../http/register-routes.ts';
import { publicUseCaseContext } from '../http/request-audit.ts';
import { useCaseContext } from '../http/request-context.ts';
import { calendarFile, createFeed, feedStatus, revokeFeed } from '../use-cases/slots/calendar-feed.ts';
import { cptsOffer } from '../use-cases/slots/cpts-offer.ts';
import { addShift, removeShift, weekRota } from '../use-cases/slots/cpts-rota.ts';
import { editSlot, mySlots, setQuotas, withdrawSeries, withdrawSlots } from '../use-cases/slots/my-slots.ts';
import { previewPublication, publish } from '../use-cases/slots/publication.ts';

/** Slot publication, the iCal feed, the CPTS offer and rota (routes of packages/contracts/src/api/slots.api.ts). */
export function slotsHandlers(ctx: AppContext): Handlers<typeof slotsApi> {
  const c = (request: Parameters<typeof useCaseContext>[1]) => useCaseContext(ctx, request);
  return {
    mine: async ({ query }, request) => mySlots(c(request), query),
    preview: async ({ body }, request) => previewPublication(c(request), body),
    publish: async ({ body }, request) => publish(c(request), body),
    update: async ({ params, body }, request) => editSlot(c(request), params.id, body),
    withdraw: async ({ body }, request) => withdrawSlots(c(request), body.ids),
    withdrawSeries: async ({ params, body }, request) => withdrawSeries(c(request), params.id, body.from),
    setQuotas: async ({ params, body }, request) => setQuotas(c(request), params.id, body.quotas),
    feed: async (_input, request) => feedStatus(c(request)),
    createFeed: async (_input, request) => createFeed(c(request)),
    revokeFeed: async (_input, request) => {
      await revokeFeed(c(request));
      return undefined;
    },
    calendar: async ({ params }, request) => calendarFile(publicUseCaseContext(ctx, request), params.file),
    offer: async ({ params, query }, request) => cptsOffer(c(request), params.id, query),
    rota: async ({ params, query }, request) => weekRota(c(request), params.id, query.week),
    addShift: async ({ params, body }, request) => addShift(c(request), params.id, body),
    removeShift: async ({ params }, request) => {
      await removeShift(c(request), params.id, params.shiftId);
      return undefined;
    },
  };
}
