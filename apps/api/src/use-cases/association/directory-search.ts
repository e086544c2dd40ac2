import type { DirectoryHitDto } from '@maillon/contracts';
import { createAssociationDirectoryRepository, createAssociationMembersRepository, createCptsRepository } from '@maillon/db';
import { isOpenMembership } from '@maillon/domain';
import { type AssociationContext, loadAssociation } from './association-access.ts';

/**
 * Professionals of the national directory matching a name or an RPPS/ADELI number, those
 * practising in the CPTS territory first, with their membership status in this CPTS. Public
 * registry data, searched here by the coordination team to add members.
 */
export async function searchDirectory(ctx: AssociationContext, cptsId: string, q: string): Promise<DirectoryHitDto[]> {
  await loadAssociation(ctx.db, ctx.principal, { cptsId, need: 'manage' });
  const territory = await createCptsRepository(ctx.db).unitCodes(cptsId);
  const [hits, members] = await Promise.all([
    createAssociationDirectoryRepository(ctx.db).search(q, territory, 20),
    createAssociationMembersRepository(ctx.db).list(cptsId),
  ]);
  await ctx.audit.record(ctx.db, { action: 'read', entity: 'professional', recordIds: hits.map((h) => h.idNatPs), cptsId });
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
