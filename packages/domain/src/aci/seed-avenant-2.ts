import type { AciReferenceVersion } from './aci-version.ts';
import { coreMission, optionalMission, perSize, taille3Only, unknownPerSize } from './seed-builders.ts';
import { SOURCES } from './sources.ts';

const T3 = { status: 'confirmed', source: SOURCES.taille3Contracts } as const;

/**
 * ACI CPTS 2019 as amended by avenant 2, signed 20 December 2021 [C]: the crisis mission
 * becomes the fourth socle mission, fonctionnement is raised by 75 % [N] and the CNAM pays a
 * sum when the letter of intent is validated.
 *
 * Its date of effect for contracts is unknown [U] (docs/reference/aci.md §1). Default: 1 January 2022,
 * status `unknown`, editable by an admin. Why this day: it is the first day after the signature
 * (20 Dec 2021) that is neither before the parties agreed nor dependent on the JORF date we do
 * not hold (the approving avis is of 2022); yearly accounting starts on it; and it is the date
 * Maillon used before this model (`ACI_2019_AVENANT_2.effectiveFrom`), so nothing moves for
 * existing callers. The signature date was rejected: an avenant has no effect before approval.
 * See docs/reference/aci.md §1.
 */
export const ACI_2019_AVENANT_2_VERSION: AciReferenceVersion = {
  id: 'aci-2019-av2',
  label: 'ACI CPTS 2019, avenant 2',
  signedOn: { value: '2021-12-20', status: 'confirmed', source: SOURCES.avenant2Signature },
  effectiveFrom: { value: '2022-01-01', status: 'unknown', source: SOURCES.avenant2Effect },
  missions: [
    coreMission('accessToCare', { start: 6, deployed: 18 }),
    coreMission('pathways', { start: 12, deployed: 24 }),
    coreMission('prevention', { start: 12, deployed: 24 }),
    // Crisis mission: plan upkeep as a fixed part, no result indicator, activation only on an ARS decision.
    coreMission('healthCrisis', { start: 6, deployed: 18 }, false),
    optionalMission('quality'),
    optionalMission('professionalSupport'),
  ],
  amounts: [
    ...perSize({ item: 'operating', part: 'operating' }, [87_500, 105_000, 131_250, 157_500], {
      status: 'reported',
      source: SOURCES.operatingAvenant2,
    }),
    ...perSize({ item: 'contract', part: 'loiLumpSum' }, [15_000, 17_500, 25_000, 30_000], {
      status: ['confirmed', 'reported', 'reported', 'confirmed'],
      source: SOURCES.letterOfIntentSum,
    }),
    ...perSize({ item: 'contract', part: 'annualMaximum' }, [null, null, null, 580_000], {
      status: 'confirmed',
      source: SOURCES.annualMaximumAvenant2,
    }),
    ...taille3Only({ item: 'accessToCare', part: 'fixed' }, 90_000, T3),
    ...taille3Only({ item: 'accessToCare', part: 'variable' }, 35_000, T3),
    ...unknownPerSize({ item: 'accessToCare', part: 'snpCompensation' }),
    ...taille3Only({ item: 'pathways', part: 'fixed' }, 45_000, T3),
    ...taille3Only({ item: 'pathways', part: 'variable' }, 45_000, T3),
    ...taille3Only({ item: 'prevention', part: 'fixed' }, 17_500, T3),
    ...taille3Only({ item: 'prevention', part: 'variable' }, 17_500, T3),
    ...taille3Only({ item: 'healthCrisis', part: 'fixed' }, 22_500, T3),
    ...taille3Only({ item: 'healthCrisis', part: 'crisisActivation' }, 67_500, T3),
    ...taille3Only({ item: 'healthCrisis', part: 'crisisPreparation' }, 45_000, { status: 'derived', source: SOURCES.crisisPress }),
    ...taille3Only({ item: 'quality', part: 'fixed' }, 15_000, T3),
    ...taille3Only({ item: 'quality', part: 'variable' }, 15_000, T3),
    ...taille3Only({ item: 'professionalSupport', part: 'fixed' }, 10_000, T3),
    ...taille3Only({ item: 'professionalSupport', part: 'variable' }, 10_000, T3),
  ],
};
