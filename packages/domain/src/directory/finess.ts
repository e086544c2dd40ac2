import { splitLine } from './delimited-line.ts';
import { lambert93ToWgs84 } from './lambert93.ts';
import type { ParsedLine } from './rpps.ts';

export const ESTABLISHMENT_KINDS = [
  'cpts',
  'msp',
  'healthCentre',
  'hospital',
  'had',
  'ehpad',
  'ssiad',
  'ime',
  'csapa',
  'pharmacy',
  'laboratory',
  'other',
] as const;
export type EstablishmentKind = (typeof ESTABLISHMENT_KINDS)[number];

export const ESTABLISHMENT_KIND_LABELS: Record<EstablishmentKind, string> = {
  cpts: 'CPTS',
  msp: 'Maisons de santé pluriprofessionnelles',
  healthCentre: 'Centres de santé',
  hospital: 'Établissements hospitaliers',
  had: 'Hospitalisation à domicile',
  ehpad: 'EHPAD',
  ssiad: 'Services de soins infirmiers à domicile',
  ime: 'Instituts médico-éducatifs',
  csapa: 'CSAPA',
  pharmacy: "Pharmacies d'officine",
  laboratory: 'Laboratoires de biologie médicale',
  other: 'Autres établissements',
};

/** TRE_R66 categories confirmed in docs/reference/directory.md §3. */
const KIND_BY_CATEGORY: Record<string, EstablishmentKind> = { '604': 'cpts', '603': 'msp', '124': 'healthCentre', '355': 'hospital' };

/**
 * Other categories by their published label, since their codes are unconfirmed in our
 * reference (docs/reference/directory.md §3): the label is what the extraction itself says.
 */
const KIND_BY_LABEL: [RegExp, EstablishmentKind][] = [
  [/hospitalisation [àa] domicile|\bh\.?a\.?d\b/i, 'had'],
  [/h[ée]bergement pour personnes [âa]g[ée]es d[ée]pendantes|\behpad\b/i, 'ehpad'],
  [/soins infirmiers [àa] domicile|\bssiad\b/i, 'ssiad'],
  [/m[ée]dico-?[ée]ducatif|\bime\b/i, 'ime'],
  [/addictologie|\bcsapa\b/i, 'csapa'],
  [/pharmacie d.officine/i, 'pharmacy'],
  [/laboratoire/i, 'laboratory'],
  [/centre hospitalier|h[ôo]pital|clinique|\bchu\b|\bchr\b|soins de suite|centre de lutte contre le cancer/i, 'hospital'],
];

export function establishmentKind(categoryCode: string, categoryLabel: string): EstablishmentKind {
  const byCode = KIND_BY_CATEGORY[categoryCode];
  if (byCode) return byCode;
  for (const [pattern, kind] of KIND_BY_LABEL) if (pattern.test(categoryLabel)) return kind;
  return 'other';
}

export interface FinessEstablishmentLine {
  finessSite: string;
  finessLegal: string | null;
  name: string;
  longName: string | null;
  categoryCode: string;
  categoryLabel: string;
  kind: EstablishmentKind;
  siret: string | null;
  address: string | null;
  postalCode: string | null;
  /** INSEE code: département + 3-digit commune (docs/reference/directory.md §3). */
  communeCode: string | null;
  openedOn: string | null;
}

export interface FinessGeolocationLine {
  finessSite: string;
  lon: number;
  lat: number;
}

export type FinessRecord =
  | { type: 'establishment'; value: FinessEstablishmentLine }
  | { type: 'geolocation'; value: FinessGeolocationLine }
  | { type: 'ignored' };

const empty = (v: string | undefined) => (v === undefined || v === '' ? null : v);

/** One line of the FINESS stock CSV (`;`, no header, first field = record type). */
export function parseFinessLine(line: string): ParsedLine<FinessRecord> {
  const f = splitLine(line, ';');
  const type = f[0];
  if (type === 'structureet') {
    if (f.length < 30) return { ok: false, reason: `structureet avec ${f.length} champs au lieu de 32` };
    const finessSite = f[1] ?? '';
    if (!/^(?:\d{2}|2[AB])\d{7}$/.test(finessSite)) return { ok: false, reason: `numéro FINESS invalide (« ${finessSite} »)` };
    const categoryCode = f[18] ?? '';
    if (!categoryCode) return { ok: false, reason: 'catégorie absente' };
    const departement = f[13] ?? '';
    const commune = f[12] ?? '';
    const acheminement = f[15] ?? '';
    const street = [f[7], f[8], f[9], f[10]].filter((v) => v).join(' ');
    return {
      ok: true,
      value: {
        type: 'establishment',
        value: {
          finessSite,
          finessLegal: empty(f[2]),
          name: f[3] || f[4] || finessSite,
          longName: empty(f[4]),
          categoryCode,
          categoryLabel: f[19] ?? '',
          kind: establishmentKind(categoryCode, f[19] ?? ''),
          siret: empty(f[22]),
          address: street || null,
          postalCode: acheminement.match(/^(\d{5})/)?.[1] ?? null,
          communeCode: departement && /^\d{3}$/.test(commune) ? inseeFrom(departement, commune) : null,
          openedOn: /^\d{4}-\d{2}-\d{2}$/.test(f[28] ?? '') ? (f[28] as string) : null,
        },
      },
    };
  }
  if (type === 'geolocalisation') {
    const x = Number(f[2]);
    const y = Number(f[3]);
    if (!f[1] || !Number.isFinite(x) || !Number.isFinite(y) || x === 0)
      return { ok: false, reason: `coordonnées invalides pour ${f[1] ?? '?'}` };
    const source = f[4] ?? '';
    // Only Lambert-93 (mainland) is converted; overseas projections are unconfirmed (docs/reference/directory.md §3).
    if (source && !/LAMBERT_93/i.test(source)) return { ok: true, value: { type: 'ignored' } };
    const [lon, lat] = lambert93ToWgs84(x, y);
    return { ok: true, value: { type: 'geolocation', value: { finessSite: f[1], lon, lat } } };
  }
  return { ok: true, value: { type: 'ignored' } };
}

/** Overseas départements have 3-digit codes whose last digit starts the commune code. */
function inseeFrom(departement: string, commune: string): string {
  if (/^9[78]\d$/.test(departement)) return `${departement.slice(0, 2)}${commune}`;
  return `${departement.padStart(2, '0')}${commune}`;
}
