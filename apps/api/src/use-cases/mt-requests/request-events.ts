import type { MtRequestEventRecord } from '@maillon/domain';
import type { MtRequestsPorts } from './mt-requests-ports.ts';

type NewEvent = Omit<MtRequestEventRecord, 'id' | 'action' | 'fromStatus' | 'toStatus' | 'data' | 'detail'> &
  Partial<Pick<MtRequestEventRecord, 'action' | 'fromStatus' | 'toStatus' | 'data' | 'detail'>>;

/** A history entry with its id and the optional fields left empty. */
export function eventRecord(event: NewEvent): MtRequestEventRecord {
  return { id: crypto.randomUUID(), action: null, fromStatus: null, toStatus: null, data: null, detail: null, ...event };
}

/** Appends one line to a request's history (kept until the request is erased). */
export async function recordEvent(ports: Pick<MtRequestsPorts, 'mtRequests'>, event: NewEvent): Promise<void> {
  await ports.mtRequests.addEvent(eventRecord(event));
}
