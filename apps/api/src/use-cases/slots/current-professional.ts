import { DomainError, forbidden, type Principal, type ProfessionalEntry } from '@maillon/domain';
import type { SlotsPorts } from './slots-ports.ts';

export interface CurrentProfessional extends ProfessionalEntry {
  userId: string;
  /** CPTS whose territory holds one of the professional's practices: where they may publish. */
  cpts: { id: string; name: string; unitCodes: string[] }[];
}

/**
 * The signed-in professional, of any profession (médecin-traitant's `current-gp.ts` for every
 * profession): an account holding a national id (local account linked to the directory, or Pro
 * Santé Connect), listed as present in the directory with a practice in a known commune. They
 * publish for a CPTS whose **territory** holds that practice — the directory of the territory,
 * not association membership, decides (docs/reference/slots.md §1): a professional who
 * practises there takes part in unscheduled care whether or not they joined the association.
 */
export async function currentProfessional(
  ports: Pick<SlotsPorts, 'identity' | 'slots'>,
  principal: Principal,
): Promise<CurrentProfessional> {
  const user = await ports.identity.findUserById(principal.userId);
  if (!user) throw new DomainError('UNAUTHENTICATED', 'Connexion requise.');
  const entry = user.idNatPs ? await ports.slots.professional(user.idNatPs) : null;
  if (!entry)
    throw forbidden(
      'Réservé aux professionnels de santé identifiés par leur numéro RPPS et présents dans l’annuaire (compte relié ou Pro Santé Connect).',
    );
  const cpts = await ports.slots.cptsServing(entry.practices.map((p) => p.unitCode));
  return { ...entry, userId: user.id, cpts };
}

/** The CPTS and practice a publication is made for: one of the professional's, in that CPTS's territory. */
export function publishingPlace(professional: CurrentProfessional, cptsId: string, unitCode: string) {
  const cpts = professional.cpts.find((c) => c.id === cptsId);
  if (!cpts) throw forbidden('Votre lieu d’exercice n’est pas dans le territoire de cette CPTS.');
  const practice = professional.practices.find((p) => p.unitCode === unitCode);
  if (!practice) throw new DomainError('INVALID', 'Ce lieu d’exercice n’est pas le vôtre dans l’annuaire.', 'unitCode');
  if (!cpts.unitCodes.includes(unitCode))
    throw new DomainError('INVALID', 'Ce lieu d’exercice n’est pas dans le territoire de cette CPTS.', 'unitCode');
  return { cpts, practice };
}
