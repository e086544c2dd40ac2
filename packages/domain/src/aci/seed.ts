import type { AciReference } from './aci-version.ts';
import { ACI_2019 } from './seed-2019.ts';
import { ACI_2019_AVENANT_2_VERSION } from './seed-avenant-2.ts';

/**
 * The built-in ACI reference: what Maillon knows before any admin edit. The stored edits
 * (`ReferenceChange`) are replayed over it with `applyReferenceChanges`.
 */
export const ACI_REFERENCE_SEED: AciReference = [ACI_2019, ACI_2019_AVENANT_2_VERSION];

/** No ACI CPTS contract can be signed before the accord came into force (docs/reference/aci.md §1, [C]). */
export const ACI_EARLIEST_SIGNATURE = ACI_2019.effectiveFrom.value;
