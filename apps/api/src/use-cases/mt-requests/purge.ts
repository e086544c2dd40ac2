import { DEFAULT_RETENTION_MONTHS, type PurgedRequest } from '@maillon/domain';
import type { MtRequestsPorts } from './mt-requests-ports.ts';

/**
 * Automatic purge (issue #9 item 7; docs/reference/mt-requests.md §7): requests closed longer
 * than their CPTS's retention period are erased with their notes and history, in batches. Each
 * batch is one transaction whose rows are taken with FOR UPDATE SKIP LOCKED, so that several
 * API processes sweeping at once never erase a row twice nor wait on each other; each batch
 * writes one audit entry per CPTS, in the same transaction.
 */
export async function purgeClosedRequests(
  run: { transaction<T>(work: (ports: Pick<MtRequestsPorts, 'mtRequests' | 'audit'>) => Promise<T>): Promise<T>; today: string },
  options: { batchSize?: number; maxBatches?: number } = {},
): Promise<PurgedRequest[]> {
  const batchSize = options.batchSize ?? 500;
  const purged: PurgedRequest[] = [];
  for (let i = 0; i < (options.maxBatches ?? 100); i++) {
    const batch = await run.transaction(async (ports) => {
      const erased = await ports.mtRequests.purgeExpired(run.today, DEFAULT_RETENTION_MONTHS, batchSize);
      const byCpts = new Map<string, string[]>();
      for (const r of erased) byCpts.set(r.cptsId, [...(byCpts.get(r.cptsId) ?? []), r.id]);
      for (const [cptsId, ids] of byCpts) {
        await ports.audit.record({ action: 'delete', entity: 'mtRequest', recordIds: ids, cptsId, details: { reason: 'retention' } });
      }
      return erased;
    });
    purged.push(...batch);
    if (batch.length < batchSize) break;
  }
  return purged;
}
