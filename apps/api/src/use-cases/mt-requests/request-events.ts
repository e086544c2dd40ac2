import type { MtRequestEventRecord } from '@maillon/domain';
import type { MtRequestsPorts } from './mt-requests-ports.ts';

/** Appends one line to a request's history (kept until the request is erased). */
export async function recordEvent(
  ports: Pick<MtRequestsPorts, 'mtRequests'>,
  event: Omit<MtRequestEventRecord, 'id' | 'action' | 'fromStatus' | 'toStatus' | 'data' | 'detail'> &
    Partial<Pick<MtRequestEventRecord, 'action' | 'fromStatus' | 'toStatus' | 'data' | 'detail'>>,
): Promise<void> {
  await ports.mtRequests.addEvent({
    id: crypto.randomUUID(),
    action: null,
    fromStatus: null,
    toStatus: null,
    data: null,
    detail: null,
    ...event,
  });
}
