import { describe, expect, it } from 'vitest';
import { assertCategoryDeletable, assertUniqueCategoryName, DEFAULT_ASSOCIATION_SETTINGS, nextCategoryPosition } from './categories.ts';

const refusal = (code: string, field: string) => expect.objectContaining({ code, field });
const categories = [
  { id: 'a', name: 'Professionnels libéraux', position: 0 },
  { id: 'b', name: 'Partenaires', position: 3 },
];

describe('membership categories', () => {
  it('refuses a name another category has, whatever its case', () => {
    expect(() => assertUniqueCategoryName(categories, 'PARTENAIRES')).toThrow(refusal('CONFLICT', 'name'));
    expect(() => assertUniqueCategoryName(categories, 'Structures')).not.toThrow();
  });

  it('lets a category keep its own name', () => {
    expect(() => assertUniqueCategoryName(categories, 'partenaires', 'b')).not.toThrow();
  });

  it('puts a new category after the others', () => {
    expect(nextCategoryPosition(categories)).toBe(4);
    expect(nextCategoryPosition([])).toBe(0);
  });

  it('deletes only a category nobody was ever filed in', () => {
    expect(() => assertCategoryDeletable(0)).not.toThrow();
    expect(() => assertCategoryDeletable(2)).toThrow(refusal('CONFLICT', 'categoryId'));
  });

  it('defaults to a quarter of the voices, two proxies and the simple majority', () => {
    expect(DEFAULT_ASSOCIATION_SETTINGS).toEqual({ quorumPercent: 25, maxProxiesPerHolder: 2, majorityRule: 'simple' });
  });
});
