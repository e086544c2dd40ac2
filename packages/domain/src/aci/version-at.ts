import { invalid } from '../errors.ts';
import { formatDate } from '../format/index.ts';
import { isIsoDate } from '../lifecycle/dates.ts';
import type { AciReference, AciReferenceVersion } from './aci-version.ts';
import { missionTerms } from './aci-version.ts';
import type { AciMission } from './missions.ts';
import { ACI_EARLIEST_SIGNATURE } from './seed.ts';

/** The versions from the oldest to the newest effective date. */
export function versionsByDate(reference: AciReference): AciReferenceVersion[] {
  return [...reference].sort((a, b) => a.effectiveFrom.value.localeCompare(b.effectiveFrom.value));
}

/** The version in force on a day: the latest whose effective date is on or before it, if any. */
export function findAciVersionAt(reference: AciReference, on: string): AciReferenceVersion | undefined {
  return versionsByDate(reference)
    .filter((version) => version.effectiveFrom.value <= on)
    .at(-1);
}

/** The version in force on a day; an error naming `field` before the first version. */
export function aciVersionAt(reference: AciReference, on: string, field = 'date'): AciReferenceVersion {
  const version = findAciVersionAt(reference, on);
  if (!version) {
    throw invalid(field, `Aucune version de l'ACI CPTS n'est en vigueur le ${formatDate(on)}.`);
  }
  return version;
}

/**
 * Rule: no ACI CPTS contract is signed before the accord came into force on 25 August 2019
 * (La Gazette des communes, docs/reference/aci.md §1, [C]). The error names the signature's field.
 */
export function checkAciSignatureDate(signedOn: string, field: string): void {
  if (!isIsoDate(signedOn)) throw invalid(field, 'La date de signature doit être au format AAAA-MM-JJ.');
  if (signedOn < ACI_EARLIEST_SIGNATURE) {
    throw invalid(
      field,
      `Aucun contrat ACI CPTS ne peut être signé avant l'entrée en vigueur de l'accord, le ${formatDate(ACI_EARLIEST_SIGNATURE)}.`,
    );
  }
}

/**
 * The first version, from the one in force on `from` onwards, that has the mission, with the
 * day it starts applying to a contract signed on `from`: the signature, or that version's
 * effective date when a later avenant added the mission (the crisis mission, avenant 2).
 */
export function missionIntroduction(
  reference: AciReference,
  mission: AciMission,
  from: string,
): { version: AciReferenceVersion; appliesFrom: string } | undefined {
  const inForce = findAciVersionAt(reference, from);
  const candidates = versionsByDate(reference).filter((version) => !inForce || version.effectiveFrom.value >= inForce.effectiveFrom.value);
  const version = candidates.find((candidate) => missionTerms(candidate, mission));
  if (!version) return undefined;
  const appliesFrom = version.effectiveFrom.value > from ? version.effectiveFrom.value : from;
  return { version, appliesFrom };
}
