import type { AciMission } from '../aci/missions.ts';
import type { Stage } from '../lifecycle/stages.ts';

/**
 * The columns of the CPTS registry file (docs/reference/registry-import.md §2). Headers are
 * matched without case, accents, punctuation or filler words (« Date de signature ACI »,
 * « signature_aci » and « SIGNATURE ACI » are one column), so that a spreadsheet exported by an
 * ARS with its own wording still reads.
 */

/** Lifecycle steps the file dates, in main-line order; « ACI signé » is the `signature_aci` column. */
export const REGISTRY_STEPS = [
  'contact',
  'letterOfIntentSubmitted',
  'letterOfIntentValidated',
  'reviewCommitteeOpinion',
  'healthProjectDrafting',
  'healthProjectSubmitted',
  'healthProjectValidated',
  'operating',
] as const satisfies readonly Stage[];
export type RegistryStep = (typeof REGISTRY_STEPS)[number];

export type RegistryColumn =
  | 'name'
  | 'legalForm'
  | 'siret'
  | 'finess'
  | 'communes'
  | 'aciSignedOn'
  | 'cpamDepartement'
  | 'population'
  | 'populationVintage'
  | 'sizeCategory'
  | `step:${RegistryStep}`
  | `mission:${AciMission}`;

interface ColumnDefinition {
  column: RegistryColumn;
  /** The header the template writes. */
  header: string;
  /** Other accepted wordings (compared after `headerKey`). */
  aliases: readonly string[];
}

/** Every column in template order. */
export const REGISTRY_COLUMNS: readonly ColumnDefinition[] = [
  { column: 'name', header: 'nom', aliases: ['nom cpts', 'cpts', 'raison sociale', 'denomination'] },
  { column: 'legalForm', header: 'forme_juridique', aliases: ['statut juridique'] },
  { column: 'siret', header: 'siret', aliases: ['numero siret'] },
  { column: 'finess', header: 'finess', aliases: ['numero finess', 'finess ej'] },
  { column: 'communes', header: 'communes', aliases: ['codes insee', 'communes codes insee', 'territoire', 'code insee'] },
  { column: 'step:contact', header: 'premier_contact', aliases: ['contact'] },
  { column: 'step:letterOfIntentSubmitted', header: 'lettre_intention_deposee', aliases: ['li deposee'] },
  { column: 'step:letterOfIntentValidated', header: 'lettre_intention_validee', aliases: ['li validee'] },
  { column: 'step:reviewCommitteeOpinion', header: 'avis_commission', aliases: ['avis ccop', 'ccop'] },
  { column: 'step:healthProjectDrafting', header: 'projet_sante_redaction', aliases: ['projet sante en redaction'] },
  { column: 'step:healthProjectSubmitted', header: 'projet_sante_depose', aliases: ['ps depose'] },
  { column: 'step:healthProjectValidated', header: 'projet_sante_valide', aliases: ['ps valide'] },
  { column: 'aciSignedOn', header: 'signature_aci', aliases: ['aci signe', 'signature contrat aci', 'contrat aci signe'] },
  { column: 'cpamDepartement', header: 'departement_cpam', aliases: ['cpam', 'cpam signataire', 'departement cpam signataire'] },
  { column: 'population', header: 'population', aliases: ['population contrat', 'population retenue'] },
  { column: 'populationVintage', header: 'millesime_population', aliases: ['millesime', 'annee population'] },
  { column: 'sizeCategory', header: 'taille', aliases: ['taille aci'] },
  { column: 'mission:accessToCare', header: 'debut_acces_soins', aliases: ['debut mission acces soins'] },
  { column: 'mission:pathways', header: 'debut_parcours', aliases: ['debut parcours pluriprofessionnels'] },
  { column: 'mission:prevention', header: 'debut_prevention', aliases: [] },
  { column: 'mission:healthCrisis', header: 'debut_crise_sanitaire', aliases: ['debut crises sanitaires graves', 'debut crise'] },
  { column: 'mission:quality', header: 'debut_qualite', aliases: ['debut qualite pertinence'] },
  { column: 'mission:professionalSupport', header: 'debut_accompagnement', aliases: ['debut accompagnement professionnels'] },
  { column: 'step:operating', header: 'en_fonctionnement', aliases: ['fonctionnement'] },
];

const FILLER = new Set(['date', 'de', 'du', 'des', 'la', 'le', 'les', 'l', 'd', 'aux', 'au', 'a', 'et']);

/** « Date de la lettre d'intention déposée » → « lettre intention deposee ». */
export function headerKey(header: string): string {
  return header
    .replace(/^\uFEFF/, '')
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter((word) => word && !FILLER.has(word))
    .join(' ');
}

const BY_KEY = new Map<string, RegistryColumn>(
  REGISTRY_COLUMNS.flatMap((c) => [c.header, ...c.aliases].map((name) => [headerKey(name), c.column] as const)),
);

/** The column a header names, or null for a column the import ignores (it is reported). */
export function columnOfHeader(header: string): RegistryColumn | null {
  return BY_KEY.get(headerKey(header)) ?? null;
}

/** The template's header of a column (used when the file has no such column). */
export function templateHeader(column: RegistryColumn): string {
  return REGISTRY_COLUMNS.find((c) => c.column === column)?.header ?? column;
}
