import type { DirectoryHitDto } from '@maillon/contracts';
import { isOpenMembership } from '@maillon/domain';
import { loadAssociation } from './association-access.ts';
import type { AssociationContext } from './association-ports.ts';

/**
 * Professionals of the national directory matching a name or an RPPS/ADELI number, those
 * practising in the CPTS territory first, with their membership status in this CPTS. Public
 * registry data, searched here by the coordination team to add members.
 */
export async function searchDirectory(ctx: AssociationContext, cptsId: string, q: string): Promise<DirectoryHitDto[]> {
  const { ports } = ctx;
  await loadAssociation(ports.cpts, ctx.principal, { cptsId, need: 'manage' });
  const territory = await ports.cpts.unitCodes(cptsId);
  const [hits, members] = await Promise.all([ports.associationDirectory.search(q, territory, 20), ports.members.list(cptsId)]);
  await ports.audit.record({ action: 'read', entity: 'professional', recordIds: hits.map((h) => h.idNatPs), cptsId });
  const statusOf = new Map(members.filter((m) => m.idNatPs && isOpenMembership(m.status)).map((m) => [m.idNatPs as string, m.status]));
  return hits.map((h) => ({
    idNatPs: h.idNatPs,
    displayName: `${h.firstName} ${h.lastName}`.trim(),
    professionLabel: h.professionLabel,
    townLabel: h.townLabel,
    inTerritory: h.inTerritory,
    memberStatus: statusOf.get(h.idNatPs) ?? null,
  }));
}
