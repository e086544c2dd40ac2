import type { GeneratorUnit } from './generate-rpps.ts';

/** Categories for generated demo establishments (codes as in docs/reference/directory.md §3, labels as published). */
const CATEGORIES: readonly [code: string, label: string, perInhabitants: number][] = [
  ['620', "Pharmacie d'Officine", 3_000],
  ['500', "Etablissement d'hébergement pour personnes âgées dépendantes", 9_000],
  ['603', 'Maison de santé (L.6223-3)', 25_000],
  ['124', 'Centre de Santé', 30_000],
  ['354', 'Service de Soins Infirmiers A Domicile', 40_000],
  ['355', 'Centre Hospitalier (C.H.)', 120_000],
];

const FIELDS = 32;

/**
 * Generates FINESS stock lines (`structureet` records, `;`-separated, no header) for demo
 * data: establishments in proportion to each unit's population. Names say they are demo.
 */
export function* generateFinessLines(units: readonly GeneratorUnit[]): Generator<string> {
  let n = 0;
  for (const unit of units) {
    const departement = unit.departementCode ?? '';
    if (!/^\d{2}$/.test(departement)) continue;
    for (const [code, label, per] of CATEGORIES) {
      const count = Math.floor(unit.population / per);
      for (let k = 0; k < count; k++) {
        n++;
        const fields: string[] = Array.from({ length: FIELDS }, () => '');
        fields[0] = 'structureet';
        fields[1] = `${departement}${String(9_000_000 + n).slice(-7)}`;
        fields[3] = `${label.split(' (')[0]} ${unit.name} ${k + 1} (démo)`;
        fields[12] = unit.code.slice(2);
        fields[13] = departement;
        fields[15] = `${unit.postalCodes[0] ?? ''} ${unit.name.toUpperCase()}`;
        fields[18] = code;
        fields[19] = label;
        yield fields.join(';');
      }
    }
  }
}
