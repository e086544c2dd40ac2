import type { AciReferenceVersion } from './aci-version.ts';
import { coreMission, optionalMission, perSize, unknownPerSize } from './seed-builders.ts';
import { SOURCES } from './sources.ts';

/**
 * ACI CPTS of 20 June 2019, in force on 25 August 2019 [C]. Three socle missions (no crisis
 * mission before avenant 2) and two optional ones. Per-mission amounts are unknown: the art. 8
 * tables were not found (docs/reference/aci.md §3), so they are `null` until an admin enters them.
 */
export const ACI_2019: AciReferenceVersion = {
  id: 'aci-2019',
  label: 'ACI CPTS 2019',
  signedOn: { value: '2019-06-20', status: 'confirmed', source: SOURCES.inForce2019 },
  effectiveFrom: { value: '2019-08-25', status: 'confirmed', source: SOURCES.inForce2019 },
  missions: [
    coreMission('accessToCare', { start: 6, deployed: 18 }),
    coreMission('pathways', { start: 12, deployed: 24 }),
    coreMission('prevention', { start: 12, deployed: 24 }),
    optionalMission('quality'),
    optionalMission('professionalSupport'),
  ],
  amounts: [
    ...perSize({ item: 'operating', part: 'operating' }, [50_000, 60_000, 75_000, 90_000], {
      status: 'derived',
      source: SOURCES.operating2019PerSize,
    }),
    ...perSize({ item: 'contract', part: 'annualMaximum' }, [220_000, 287_000, 370_000, 450_000], {
      status: 'confirmed',
      source: SOURCES.annualMaximum2019,
    }),
    ...(['accessToCare', 'pathways', 'prevention', 'quality', 'professionalSupport'] as const).flatMap((item) => [
      ...unknownPerSize({ item, part: 'fixed' }),
      ...unknownPerSize({ item, part: 'variable' }),
    ]),
    ...unknownPerSize({ item: 'accessToCare', part: 'snpCompensation' }),
  ],
};
