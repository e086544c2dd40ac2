import { formatRppsLine, RPPS_ACTIVITY_HEADER } from '@maillon/domain';

export interface GeneratorUnit {
  code: string;
  name: string;
  population: number;
  postalCodes: readonly string[];
  departementCode: string | null;
}

/**
 * Professions with their approximate national weight among RPPS/ADELI activity lines (for a
 * realistic mix, not for statistics) and TRE_G15 codes (docs/reference/directory.md §2).
 */
const PROFESSIONS: readonly [code: string, label: string, weight: number][] = [
  ['60', 'Infirmier', 40],
  ['10', 'Médecin', 25],
  ['70', 'Masseur-Kinésithérapeute', 12],
  ['21', 'Pharmacien', 9],
  ['40', 'Chirurgien-Dentiste', 6],
  ['50', 'Sage-Femme', 3],
  ['91', 'Orthophoniste', 3],
  ['80', 'Pédicure-Podologue', 2],
];
const PHYSICIAN_SPECIALTIES: readonly [string, string, number][] = [
  ['SM54', 'Médecine Générale', 35],
  ['SM26', 'Qualifié en Médecine Générale', 10],
  ['SM53', 'Spécialiste en Médecine Générale', 5],
  ['SM40', 'Pédiatrie', 5],
  ['SM42', 'Psychiatrie', 8],
  ['SM38', 'Ophtalmologie', 5],
  ['SM04', 'Cardiologie et maladies vasculaires', 5],
  ['SM15', 'Dermatologie et vénéréologie', 3],
];
const LAST_NAMES = [
  'MARTIN',
  'BERNARD',
  'DUBOIS',
  'THOMAS',
  'ROBERT',
  'RICHARD',
  'PETIT',
  'DURAND',
  'LEROY',
  'MOREAU',
  'SIMON',
  'LAURENT',
  'LEFEBVRE',
  'MICHEL',
  'GARCIA',
  'DAVID',
  'BERTRAND',
  'ROUX',
  'VINCENT',
  'FOURNIER',
  'MOREL',
  'GIRARD',
  'ANDRE',
  'MERCIER',
  'BLANC',
  'GUERIN',
  'BOYER',
  'GARNIER',
  'CHEVALIER',
  'FRANCOIS',
];
const FIRST_NAMES = [
  'Camille',
  'Léa',
  'Manon',
  'Chloé',
  'Inès',
  'Sarah',
  'Julie',
  'Emma',
  'Lucas',
  'Hugo',
  'Thomas',
  'Nicolas',
  'Julien',
  'Maxime',
  'Antoine',
  'Pierre',
  'Hélène',
  'Nathalie',
  'Sophie',
  'Isabelle',
];
const STREETS = ['de la République', 'Jean Jaurès', 'Victor Hugo', 'des Écoles', 'du Marché', 'Pasteur', 'de la Gare', 'Gambetta'];

/** Deterministic pseudo-random numbers (mulberry32). */
function random(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

function weighted<T extends readonly [string, string, number]>(items: readonly T[], r: number): T {
  const total = items.reduce((s, i) => s + i[2], 0);
  let x = r * total;
  for (const item of items) {
    x -= item[2];
    if (x <= 0) return item;
  }
  return items[items.length - 1] as T;
}

/**
 * Generates a realistic PS_LibreAcces_Personne_activite file (header + lines) for benchmarks
 * and demo data: people spread over units in proportion to population, 1–2 activities each,
 * and the real file's quirks (empty commune code with the postal code or "Bureau cedex"
 * only, ADELI identifiers, salaried activities without address). Names are fictitious.
 */
export function* generateRppsLines(options: {
  lines: number;
  units: readonly GeneratorUnit[];
  seed?: number;
  nameSuffix?: string;
}): Generator<string> {
  const rand = random(options.seed ?? 2026);
  const units = options.units.filter((u) => u.population > 0 && u.postalCodes.length > 0);
  const cumulative: number[] = [];
  let sum = 0;
  for (const unit of units) {
    sum += unit.population;
    cumulative.push(sum);
  }
  const pickUnit = () => {
    const x = rand() * sum;
    let lo = 0;
    let hi = cumulative.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((cumulative[mid] ?? 0) < x) lo = mid + 1;
      else hi = mid;
    }
    return units[lo] as GeneratorUnit;
  };
  yield `${RPPS_ACTIVITY_HEADER.join('|')}|`;
  let written = 0;
  let person = 0;
  while (written < options.lines) {
    person++;
    const [professionCode, professionLabel] = weighted(PROFESSIONS, rand());
    const adeli = professionCode !== '10' && professionCode !== '21' && rand() < 0.05;
    const identifier = adeli ? String(100_000_000 + person).slice(-9) : String(10_000_000_000 + person);
    const base: Record<string, string> = {
      "Type d'identifiant PP": adeli ? '0' : '8',
      'Identifiant PP': identifier,
      'Identification nationale PP': `${adeli ? '0' : '8'}${identifier}`,
      "Code civilité d'exercice": professionCode === '10' ? 'DR' : '',
      "Libellé civilité d'exercice": professionCode === '10' ? 'Docteur' : '',
      "Nom d'exercice": `${LAST_NAMES[Math.floor(rand() * LAST_NAMES.length)]}${options.nameSuffix ?? ''}`,
      "Prénom d'exercice": FIRST_NAMES[Math.floor(rand() * FIRST_NAMES.length)] ?? '',
      'Code profession': professionCode,
      'Libellé profession': professionLabel,
      'Code catégorie professionnelle': 'C',
      'Libellé catégorie professionnelle': 'Civil',
      "Autorité d'enregistrement": 'ARS/CPAM/CPAM',
    };
    if (professionCode === '10') {
      const [code, label] = weighted(PHYSICIAN_SPECIALTIES, rand());
      Object.assign(base, {
        'Code type savoir-faire': 'S',
        'Libellé type savoir-faire': 'Spécialité ordinale',
        'Code savoir-faire': code,
        'Libellé savoir-faire': label,
      });
    }
    const activities = rand() < 0.15 ? 2 : 1;
    for (let k = 0; k < activities && written < options.lines; k++, written++) {
      const unit = pickUnit();
      const salaried = rand() < 0.25;
      const postal = unit.postalCodes[Math.floor(rand() * unit.postalCodes.length)] ?? '';
      const quirk = rand();
      yield formatRppsLine({
        ...base,
        'Code mode exercice': salaried ? 'S' : 'L',
        'Libellé mode exercice': salaried ? 'Salarié' : 'Libéral, indépendant, artisan, commerçant',
        'Identifiant technique de la structure': `R${String(person * 10 + k).padStart(9, '0')}`,
        'Raison sociale site': salaried ? `Centre de santé ${unit.name}` : `Cabinet ${base["Nom d'exercice"]}`,
        'Numéro Voie (coord. structure)': String(1 + Math.floor(rand() * 120)),
        'Libellé type de voie (coord. structure)': 'Rue',
        'Libellé Voie (coord. structure)': STREETS[Math.floor(rand() * STREETS.length)] ?? '',
        // About a third of real lines lack the INSEE code; some only have "Bureau cedex".
        'Code postal (coord. structure)': quirk < 0.05 ? '' : postal,
        'Bureau cedex (coord. structure)': quirk < 0.05 ? `${postal} ${unit.name.toUpperCase()}` : '',
        'Code commune (coord. structure)': quirk < 0.35 ? '' : unit.code,
        'Libellé commune (coord. structure)': unit.name,
        'Code pays (coord. structure)': '99000',
        'Libellé pays (coord. structure)': 'France',
        'Téléphone (coord. structure)': `04${String(Math.floor(rand() * 1e8)).padStart(8, '0')}`,
        'Code Département (structure)': unit.departementCode ?? '',
        "Code secteur d'activité": salaried ? 'SA05' : 'SA07',
        "Libellé secteur d'activité": salaried ? 'Centre de santé' : 'Cabinet individuel',
      });
    }
  }
}
