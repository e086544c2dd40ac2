import { cogFormerCodeMap } from '@maillon/db';
import type { UnitSummary } from '@maillon/domain';
import { createUnitResolver as resolverOf } from '@maillon/domain';

export type { Resolution } from '@maillon/domain';

/**
 * The address → unit rule lives in the domain (packages/domain/src/geo/unit-resolver.ts); this
 * hands it the COG's former codes until the directory imports get them through their ports.
 */
export function createUnitResolver(units: readonly UnitSummary[]) {
  return resolverOf(units, cogFormerCodeMap());
}
