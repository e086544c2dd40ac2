import type { slotBookingApi } from '@maillon/contracts';
import type { AppContext } from '../context.ts';
import type { Handlers } from '../http/register-routes.ts';
import { territorialUseCaseContext, useCaseContext } from '../http/request-context.ts';
import {
  bookingDetail,
  bookSlot,
  cancelBooking,
  cptsBookings,
  holdSlot,
  myBookings,
  professionalBookings,
  recordOutcome,
} from '../use-cases/slot-booking/slot-bookings.ts';
import { searchSlots } from '../use-cases/slot-booking/slot-search.ts';
import { cptsSlotUse, cptsSlotUseCsv, regionSlotUse, slotUsePeriod } from '../use-cases/slot-booking/slot-use.ts';

/** Regulation, booking and slot use (routes of packages/contracts/src/api/slot-booking.api.ts). */
export function slotBookingHandlers(ctx: AppContext): Handlers<typeof slotBookingApi> {
  const context = (request: Parameters<typeof useCaseContext>[1]) => useCaseContext(ctx, request);
  return {
    // Territorial: CPTS scopes, units and centroids from this process's version-keyed copies.
    search: async ({ query }, request) => searchSlots(await territorialUseCaseContext(ctx, request), query),
    hold: async ({ params }, request) => holdSlot(context(request), params.slotId),
    book: async ({ params, body }, request) => bookSlot(context(request), params.slotId, body),
    mine: async (_input, request) => myBookings(context(request)),
    professional: async (_input, request) => professionalBookings(context(request)),
    ofCpts: async ({ params, query }, request) => {
      const c = context(request);
      const period = slotUsePeriod(query, c.today);
      return cptsBookings(c, params.id, { from: period.start, to: period.end });
    },
    detail: async ({ params }, request) => bookingDetail(context(request), params.bookingId),
    cancel: async ({ params, body }, request) => cancelBooking(context(request), params.bookingId, body.reason),
    outcome: async ({ params, body }, request) => recordOutcome(context(request), params.bookingId, body.status),
    slotUse: async ({ params, query }, request) => cptsSlotUse(context(request), params.id, query),
    slotUseCsv: async ({ params, query }, request) => cptsSlotUseCsv(context(request), params.id, query),
    regionSlotUse: async ({ params, query }, request) => regionSlotUse(context(request), params.code, query),
  };
}
