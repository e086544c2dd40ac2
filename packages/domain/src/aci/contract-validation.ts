import { invalid } from '../errors.ts';
import { formatDate } from '../format/index.ts';
import { isIsoDate } from '../lifecycle/dates.ts';
import type { SizeCategoryRule } from '../territory/size-category.ts';
import type { AciReference } from './aci-version.ts';
import { type AciContract, CONTRACT_PARTIES, type ContractMission, contractSignedOn, TERMINATION_REASONS } from './contract.ts';
import { anniversary, CONTRACT_YEARS, contractEndsOn } from './contract-years.ts';
import { ACI_MISSIONS, type AciMission } from './missions.ts';
import { checkPopulationAndSize } from './population-size.ts';
import { checkAciSignatureDate, missionIntroduction } from './version-at.ts';

function checkDate(value: string, field: string): void {
  if (!isIsoDate(value)) throw invalid(field, 'Date au format AAAA-MM-JJ attendue.');
}

function checkOptionalMonths(entry: ContractMission, kind: 'core' | 'optional', field: string): void {
  const { startWithinMonths: start, deployedWithinMonths: deployed } = entry;
  if (kind === 'core') {
    if (start != null || deployed != null)
      throw invalid(`${field}.startWithinMonths`, "Les délais d'une mission socle sont ceux de l'ACI.");
    return;
  }
  for (const [value, name] of [
    [start, 'startWithinMonths'],
    [deployed, 'deployedWithinMonths'],
  ] as const) {
    if (value != null && (!Number.isInteger(value) || value <= 0 || value > 60)) {
      throw invalid(`${field}.${name}`, 'Le délai doit être un nombre entier de mois, de 1 à 60.');
    }
  }
  if (start != null && deployed != null && start > deployed) {
    throw invalid(`${field}.deployedWithinMonths`, 'Le délai de déploiement ne peut pas précéder le délai de démarrage.');
  }
}

function checkMissions(contract: AciContract, reference: AciReference, signedOn: string | null): void {
  const seen = new Set<AciMission>();
  contract.missions.forEach((entry, index) => {
    const field = `missions[${index}]`;
    if (!ACI_MISSIONS.includes(entry.mission)) throw invalid(`${field}.mission`, `Mission inconnue : « ${entry.mission} ».`);
    if (seen.has(entry.mission)) throw invalid(`${field}.mission`, 'Cette mission figure deux fois au contrat.');
    seen.add(entry.mission);
    const introduction = signedOn ? missionIntroduction(reference, entry.mission, signedOn) : undefined;
    const endsBefore = signedOn ? (contract.termination?.effectiveOn ?? anniversary(signedOn, CONTRACT_YEARS)) : null;
    if (endsBefore && (!introduction || introduction.appliesFrom >= endsBefore)) {
      throw invalid(`${field}.mission`, "Cette mission n'existe dans aucune version de l'ACI applicable pendant ce contrat.");
    }
    const kind = introduction?.version.missions.find((terms) => terms.mission === entry.mission)?.kind ?? 'optional';
    checkOptionalMonths(entry, kind, field);
    if (entry.startedOn !== null) {
      checkDate(entry.startedOn, `${field}.startedOn`);
      if (!signedOn || entry.startedOn < signedOn) {
        const since = signedOn ? ` (${formatDate(signedOn)})` : '';
        throw invalid(`${field}.startedOn`, `Une mission ne peut pas démarrer avant la signature du contrat${since}.`);
      }
      if (contract.termination && entry.startedOn >= contract.termination.effectiveOn) {
        throw invalid(`${field}.startedOn`, 'Une mission ne peut pas démarrer après la résiliation du contrat.');
      }
    }
    if (entry.deployedOn !== null) {
      checkDate(entry.deployedOn, `${field}.deployedOn`);
      if (entry.startedOn === null || entry.deployedOn < entry.startedOn) {
        throw invalid(`${field}.deployedOn`, 'Une mission ne peut pas être déployée avant d’avoir démarré.');
      }
    }
  });
}

function checkAmendments(contract: AciContract, signedOn: string, rule: SizeCategoryRule | undefined): void {
  let previous: string | null = null;
  contract.amendments.forEach((amendment, index) => {
    const field = `amendments[${index}]`;
    checkDate(amendment.signedOn, `${field}.signedOn`);
    checkDate(amendment.effectiveFrom, `${field}.effectiveFrom`);
    if (amendment.signedOn < signedOn) throw invalid(`${field}.signedOn`, 'Un avenant ne peut pas précéder la signature du contrat.');
    if (amendment.effectiveFrom < amendment.signedOn)
      throw invalid(`${field}.effectiveFrom`, "Un avenant ne prend pas effet avant d'être signé.");
    if (amendment.effectiveFrom > contractEndsOn(signedOn))
      throw invalid(`${field}.effectiveFrom`, 'Un avenant ne prend pas effet après la fin du contrat.');
    if (previous !== null && amendment.effectiveFrom <= previous) {
      throw invalid(`${field}.effectiveFrom`, 'Les avenants se suivent dans l’ordre de leurs dates d’effet.');
    }
    previous = amendment.effectiveFrom;
    checkPopulationAndSize({ ...amendment, field: `${field}.population`, actOn: amendment.signedOn }, rule);
  });
}

function checkTermination(contract: AciContract, signedOn: string | null): void {
  const termination = contract.termination;
  if (!termination) return;
  if (!signedOn) throw invalid('termination', "Un contrat qui n'est pas signé ne peut pas être résilié.");
  checkDate(termination.effectiveOn, 'termination.effectiveOn');
  if (termination.effectiveOn <= signedOn)
    throw invalid('termination.effectiveOn', 'La résiliation prend effet après la signature du contrat.');
  if (termination.effectiveOn > contractEndsOn(signedOn)) {
    throw invalid(
      'termination.effectiveOn',
      `Le contrat prend fin le ${formatDate(contractEndsOn(signedOn))} : il ne peut pas être résilié après.`,
    );
  }
  if (!TERMINATION_REASONS.includes(termination.reason)) throw invalid('termination.reason', 'Motif de résiliation inconnu.');
  if (termination.reason === 'other' && !termination.comment?.trim()) {
    throw invalid('termination.comment', 'Précisez le motif de la résiliation.');
  }
}

/**
 * Checks a contract's own consistency and returns its signature date (`null` while unsigned):
 * signatures dated on or after 25 Aug 2019, population and taille, missions (each once, started
 * never before the signature nor after a termination), amendments in order, termination.
 */
export function checkContract(contract: AciContract, options: { reference: AciReference; sizeRule?: SizeCategoryRule }): string | null {
  for (const party of CONTRACT_PARTIES) {
    const signature = contract.signatures[party];
    if (signature) checkAciSignatureDate(signature.signedOn, `signatures.${party}.signedOn`);
  }
  const signedOn = contractSignedOn(contract);
  if (contract.renews === contract.id) throw invalid('renews', 'Un contrat ne peut pas se renouveler lui-même.');
  checkPopulationAndSize({ ...contract, field: 'population', actOn: signedOn }, options.sizeRule);
  checkMissions(contract, options.reference, signedOn);
  if (signedOn) checkAmendments(contract, signedOn, options.sizeRule);
  else if (contract.amendments.length > 0) throw invalid('amendments', "Un contrat qui n'est pas signé n'a pas d'avenant.");
  checkTermination(contract, signedOn);
  return signedOn;
}

/** `checkContract`, and no signature, mission step or amendment dated after `today`. */
export function validateContract(
  contract: AciContract,
  options: { reference: AciReference; today: string; sizeRule?: SizeCategoryRule },
): string | null {
  const signedOn = checkContract(contract, options);
  const future = 'Cette date ne peut pas être dans le futur.';
  for (const party of CONTRACT_PARTIES) {
    if ((contract.signatures[party]?.signedOn ?? '') > options.today) throw invalid(`signatures.${party}.signedOn`, future);
  }
  contract.missions.forEach((entry, index) => {
    if ((entry.startedOn ?? '') > options.today) throw invalid(`missions[${index}].startedOn`, future);
    if ((entry.deployedOn ?? '') > options.today) throw invalid(`missions[${index}].deployedOn`, future);
  });
  contract.amendments.forEach((amendment, index) => {
    if (amendment.signedOn > options.today) throw invalid(`amendments[${index}].signedOn`, future);
  });
  return signedOn;
}

/** The signature date of a contract the engines work on; an error naming `signatures` while unsigned. */
export function requireSignedOn(contract: AciContract): string {
  const signedOn = contractSignedOn(contract);
  if (!signedOn) throw invalid('signatures', 'Le contrat n’est signé que lorsque la CPTS, la CPAM et l’ARS ont toutes trois signé.');
  return signedOn;
}
