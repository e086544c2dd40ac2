import { REGISTRY_COLUMNS } from './registry-columns.ts';

/**
 * The downloadable template (docs/reference/registry-import.md §2): `;`-separated UTF-8 with a
 * byte-order mark (so that a French spreadsheet opens it with its accents), comment lines
 * starting with `#` that the import skips, and one commented example line. The example is
 * fictitious: it is marked as such and is never imported.
 */
export function registryTemplate(): string {
  const header = REGISTRY_COLUMNS.map((c) => c.header);
  const example: Record<string, string> = {
    nom: 'CPTS Exemple du Val (exemple fictif)',
    forme_juridique: 'Association loi 1901',
    siret: '',
    finess: '',
    communes: '30269|30140',
    premier_contact: '15/01/2019',
    lettre_intention_validee: '02/05/2019',
    projet_sante_valide: '10/03/2020',
    signature_aci: '30/06/2020',
    departement_cpam: '30',
    population: '3788',
    millesime_population: '2017',
    debut_acces_soins: '01/09/2020',
    en_fonctionnement: '01/07/2020',
  };
  return [
    '\uFEFF# Registre des CPTS de la région — modèle Maillon. Les lignes commençant par # sont ignorées.',
    '# Une ligne par CPTS. Dates JJ/MM/AAAA ou AAAA-MM-JJ. Communes : codes INSEE séparés par | (ex. 30269|30140).',
    '# Une cellule vide ne change rien ; une liste de communes remplace le territoire de la CPTS.',
    '# La CPTS est retrouvée par son SIRET, sinon son FINESS, sinon son nom exact dans la région.',
    '# Contrat ACI : signature_aci (au plus tôt le 25/08/2019), population et millesime_population requis, taille facultative.',
    `# Exemple (fictif, non importé) : ${header.map((h) => example[h] ?? '').join(';')}`,
    header.join(';'),
    '',
  ].join('\r\n');
}
