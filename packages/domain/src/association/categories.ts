import { DomainError } from '../errors.ts';
import type { AssociationSettingsRecord } from '../storage/association-settings-repository.ts';
import { DEFAULT_MAX_PROXIES, DEFAULT_QUORUM_PERCENT } from './assembly.ts';

/** The settings of a CPTS that never set its own: a quarter of the voices, two proxies, simple majority (docs/reference/association.md §1). */
export const DEFAULT_ASSOCIATION_SETTINGS: AssociationSettingsRecord = {
  quorumPercent: DEFAULT_QUORUM_PERCENT,
  maxProxiesPerHolder: DEFAULT_MAX_PROXIES,
  majorityRule: 'simple',
};

/** Two categories (colleges) of a CPTS never share a name, whatever its case (docs/reference/association.md §3). */
export function assertUniqueCategoryName(categories: readonly { id: string; name: string }[], name: string, id?: string): void {
  const folded = name.toLocaleLowerCase('fr');
  if (categories.some((c) => c.id !== id && c.name.toLocaleLowerCase('fr') === folded)) {
    throw new DomainError('CONFLICT', 'Une catégorie porte déjà ce nom.', 'name');
  }
}

/** A new category goes after the others unless given a place. */
export function nextCategoryPosition(categories: readonly { position: number }[]): number {
  return Math.max(-1, ...categories.map((c) => c.position)) + 1;
}

/** A category with members, even former ones, is kept for their history. */
export function assertCategoryDeletable(memberCount: number): void {
  if (memberCount > 0) {
    throw new DomainError(
      'CONFLICT',
      `${memberCount} adhérent(s) relèvent de cette catégorie : elle ne peut pas être supprimée.`,
      'categoryId',
    );
  }
}
