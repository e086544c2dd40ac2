/** ACI population brackets of a CPTS ("taille 1" to "taille 4"). */
const SIZE_RANGES: Record<number, string> = {
  1: 'moins de 40\u00a0000 habitants',
  2: 'de 40\u00a0000 à 80\u00a0000 habitants',
  3: 'de 80\u00a0000 à 175\u00a0000 habitants',
  4: 'plus de 175\u00a0000 habitants',
};

/** "Taille 2", or "Taille —" for an empty territory. */
export function sizeShortLabel(category: number): string {
  return SIZE_RANGES[category] ? `Taille ${category}` : 'Taille —';
}

/** "de 40 000 à 80 000 habitants". */
export function sizeRange(category: number): string {
  return SIZE_RANGES[category] ?? 'territoire vide';
}

export function sizeLabel(category: number): string {
  return `${sizeShortLabel(category)} (${sizeRange(category)})`;
}
