import { applyRequestAction, type MtRequestRecord, type RequestAction } from '@maillon/domain';
import type { MtMatchingPorts } from './matching-run-ports.ts';

/**
 * Moves a request along part A's workflow (docs/reference/mt-requests.md §3) with its history
 * line; the GP is named by their national id in the event's data, never in the detail text.
 */
export async function moveRequest(
  ports: Pick<MtMatchingPorts, 'mtRequests'>,
  request: MtRequestRecord,
  move: { action: RequestAction; today: string; now: Date; actorId: string | null; data: Record<string, unknown> },
): Promise<MtRequestRecord> {
  const change = applyRequestAction(request.status, move.action, move.today);
  const next = { ...request, status: change.to, closedOn: change.closedOn, updatedAt: move.now };
  await ports.mtRequests.update(next);
  await ports.mtRequests.addEvent({
    id: crypto.randomUUID(),
    requestId: request.id,
    at: move.now,
    actorId: move.actorId,
    kind: 'status',
    action: move.action,
    fromStatus: change.from,
    toStatus: change.to,
    detail: null,
    data: move.data,
  });
  return next;
}
