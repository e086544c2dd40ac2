import { ACI_REFERENCE_SEED, type AciReference, type AciReferenceRepository, applyReferenceChanges } from '@maillon/domain';

/**
 * The ACI reference data in force: the built-in seed (docs/reference/aci.md, each value with
 * its source and status) with every stored edit replayed in order. Read from the database on
 * each use, so that an edit made through one API process applies in every other at once.
 */
export async function currentAciReference(ports: { aciReference: Pick<AciReferenceRepository, 'changes'> }): Promise<AciReference> {
  return applyReferenceChanges(ACI_REFERENCE_SEED, await ports.aciReference.changes());
}
