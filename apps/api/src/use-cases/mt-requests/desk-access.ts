import { coordinatedCpts, type MtRequestRecord, notFound, type Principal } from '@maillon/domain';
import type { MtRequestsPorts } from './mt-requests-ports.ts';

/**
 * Identities are seen by the CPTS's coordination team only (issue #9 item 7;
 * docs/reference/mt-requests.md §4): not the platform admin, not the ARS or the CPAM, not
 * another CPTS. Anyone else is answered "not found", so that the existence of a request is not
 * revealed; they read counts (`requestCounts`).
 */
export function assertTeam(principal: Principal, cptsId: string): void {
  if (!coordinatedCpts(principal).includes(cptsId)) throw notFound('Demandes de médecin traitant introuvables.');
}

/** A request of this CPTS, for its team; "not found" otherwise. */
export async function teamRequest(
  ports: Pick<MtRequestsPorts, 'mtRequests'>,
  principal: Principal,
  ids: { cptsId: string; requestId: string; forUpdate?: boolean },
): Promise<MtRequestRecord> {
  assertTeam(principal, ids.cptsId);
  const record = await ports.mtRequests.get(ids.requestId, { forUpdate: ids.forUpdate ?? false });
  if (!record || record.cptsId !== ids.cptsId) throw notFound('Demande introuvable.');
  return record;
}
