import { columnIndex, fieldPicker, normaliseHeader, splitLine } from './delimited-line.ts';

/** Savoir-faire codes merged as general practice (docs/reference/directory.md §2, TRE_R38). */
export const GENERAL_PRACTICE_SPECIALTIES: readonly string[] = ['SM26', 'SM53', 'SM54'];

/** Columns of PS_LibreAcces_Personne_activite the importer reads (docs/reference/directory.md §2). */
export const RPPS_ACTIVITY_COLUMNS = {
  idType: "Type d'identifiant PP",
  identifier: 'Identifiant PP',
  idNatPs: 'Identification nationale PP',
  civility: "Libellé civilité d'exercice",
  lastName: "Nom d'exercice",
  firstName: "Prénom d'exercice",
  professionCode: 'Code profession',
  professionLabel: 'Libellé profession',
  categoryCode: 'Code catégorie professionnelle',
  specialtyTypeCode: 'Code type savoir-faire',
  specialtyCode: 'Code savoir-faire',
  specialtyLabel: 'Libellé savoir-faire',
  modeCode: 'Code mode exercice',
  modeLabel: 'Libellé mode exercice',
  siret: 'Numéro SIRET site',
  finessSite: 'Numéro FINESS site',
  finessLegal: 'Numéro FINESS établissement juridique',
  structureId: 'Identifiant technique de la structure',
  structureName: 'Raison sociale site',
  brandName: 'Enseigne commerciale site',
  streetNumber: 'Numéro Voie (coord. structure)',
  streetRepeat: 'Indice répétition voie (coord. structure)',
  streetType: 'Libellé type de voie (coord. structure)',
  streetName: 'Libellé Voie (coord. structure)',
  cedexOffice: 'Bureau cedex (coord. structure)',
  postalCode: 'Code postal (coord. structure)',
  communeCode: 'Code commune (coord. structure)',
  communeLabel: 'Libellé commune (coord. structure)',
  phone: 'Téléphone (coord. structure)',
  email: 'Adresse e-mail (coord. structure)',
} as const;

type ColumnName = keyof typeof RPPS_ACTIVITY_COLUMNS;
const REQUIRED: readonly ColumnName[] = ['idNatPs', 'lastName', 'professionCode'];

export interface RppsActivityLine {
  idType: string;
  identifier: string;
  idNatPs: string;
  civility: string | null;
  lastName: string;
  firstName: string;
  professionCode: string;
  professionLabel: string;
  categoryCode: string | null;
  specialtyCode: string | null;
  specialtyLabel: string | null;
  generalPractice: boolean;
  modeCode: string | null;
  modeLabel: string | null;
  siret: string | null;
  finessSite: string | null;
  finessLegal: string | null;
  structureId: string | null;
  structureName: string | null;
  address: string | null;
  postalCode: string | null;
  communeCode: string | null;
  townLabel: string | null;
  phone: string | null;
  email: string | null;
  /** Stable key of this activity for this person. */
  activityKey: string;
}

export type ParsedLine<T> = { ok: true; value: T } | { ok: false; reason: string };

export interface RppsActivityParser {
  parse(line: string): ParsedLine<RppsActivityLine>;
  /** Where the columns are in this file's lines, for the byte-level reading (rpps-line-bytes.ts). */
  layout: { positions: readonly number[]; width: number };
}

/** Builds a parser from the header line; refuses a header missing a required column. */
export function rppsActivityParser(headerLine: string): ParsedLine<RppsActivityParser> {
  const columns = columnIndex(splitLine(headerLine, '|'));
  const positions = new Map<ColumnName, number>();
  for (const [key, header] of Object.entries(RPPS_ACTIVITY_COLUMNS) as [ColumnName, string][]) {
    const position = columns.get(normaliseHeader(header));
    if (position !== undefined) positions.set(key, position);
  }
  const missing = REQUIRED.filter((key) => !positions.has(key));
  if (missing.length > 0) {
    return { ok: false, reason: `en-tête sans colonne ${missing.map((k) => `« ${RPPS_ACTIVITY_COLUMNS[k]} »`).join(', ')}` };
  }
  const width = columns.size;
  // One slot per column the importer reads, in RPPS_ACTIVITY_COLUMNS order (-1: not in this file).
  const keys = Object.keys(RPPS_ACTIVITY_COLUMNS) as ColumnName[];
  const slot = Object.fromEntries(keys.map((key, i) => [key, i])) as Record<ColumnName, number>;
  const picked = keys.map((key) => positions.get(key) ?? -1);
  const pick = fieldPicker(picked, '|');
  return {
    ok: true,
    value: {
      layout: { positions: picked, width },
      parse(line) {
        const { count, values } = pick(line);
        if (count < width - 4) return { ok: false, reason: `${count} champs au lieu de ${width}` };
        const idNatPs = field(values, slot.idNatPs);
        if (!idNatPs || !/^[08]\d{9,11}$/.test(idNatPs))
          return { ok: false, reason: `identification nationale PP invalide (« ${idNatPs ?? ''} »)` };
        const lastName = field(values, slot.lastName);
        if (!lastName) return { ok: false, reason: "nom d'exercice absent" };
        const professionCode = field(values, slot.professionCode);
        if (!professionCode) return { ok: false, reason: 'code profession absent' };
        const specialtyCode = field(values, slot.specialtyCode);
        const structureId = field(values, slot.structureId);
        const modeCode = field(values, slot.modeCode);
        const finessSite = field(values, slot.finessSite);
        const siret = field(values, slot.siret);
        const { postalCode, townLabel } = postalAndTown(
          field(values, slot.postalCode),
          field(values, slot.communeLabel),
          field(values, slot.cedexOffice),
        );
        return {
          ok: true,
          value: {
            idType: field(values, slot.idType) ?? idNatPs.slice(0, 1),
            identifier: field(values, slot.identifier) ?? idNatPs.slice(1),
            idNatPs,
            civility: field(values, slot.civility),
            lastName,
            firstName: field(values, slot.firstName) ?? '',
            professionCode,
            professionLabel: field(values, slot.professionLabel) ?? professionCode,
            categoryCode: field(values, slot.categoryCode),
            specialtyCode,
            specialtyLabel: field(values, slot.specialtyLabel),
            generalPractice: specialtyCode !== null && GENERAL_PRACTICE_SPECIALTIES.includes(specialtyCode),
            modeCode,
            modeLabel: field(values, slot.modeLabel),
            siret,
            finessSite,
            finessLegal: field(values, slot.finessLegal),
            structureId,
            structureName: field(values, slot.structureName) ?? field(values, slot.brandName),
            address: street(values, slot) || null,
            postalCode,
            communeCode: field(values, slot.communeCode),
            townLabel,
            phone: field(values, slot.phone),
            email: field(values, slot.email),
            activityKey: `${structureId ?? ''}~${modeCode ?? ''}~${finessSite ?? ''}~${siret ?? ''}~${specialtyCode ?? ''}`,
          },
        };
      },
    },
  };
}

/** A picked field, null when empty. */
function field(values: readonly string[], slot: number): string | null {
  return (values[slot] as string) || null;
}

/** Number, repetition index, type and name of the street, the empty ones left out. */
function street(values: readonly string[], slot: Record<ColumnName, number>): string {
  let out = '';
  for (const key of ['streetNumber', 'streetRepeat', 'streetType', 'streetName'] as const) {
    const part = values[slot[key]] as string;
    if (part) out = out ? `${out} ${part}` : part;
  }
  return out;
}

/**
 * The postal code may be empty while "Bureau cedex" holds "75015 PARIS" (docs/reference/directory.md §2).
 */
function postalAndTown(
  postalCode: string | null,
  town: string | null,
  cedex: string | null,
): { postalCode: string | null; townLabel: string | null } {
  if (postalCode) return { postalCode, townLabel: town };
  const match = cedex?.match(/^(\d{5})\s+(.+)$/);
  if (match) return { postalCode: match[1] ?? null, townLabel: town ?? match[2] ?? null };
  return { postalCode: null, townLabel: town };
}

export interface RppsSkillLine {
  idNatPs: string;
  typeCode: string;
  code: string;
  label: string;
}

/** Parser for the PS_LibreAcces_SavoirFaire companion file (mapped by header name). */
export function rppsSkillParser(headerLine: string): ParsedLine<{ parse(line: string): ParsedLine<RppsSkillLine> }> {
  const columns = columnIndex(splitLine(headerLine, '|'));
  const at = (name: string) => columns.get(normaliseHeader(name));
  const id = at('Identification nationale PP');
  const code = at('Code savoir-faire');
  if (id === undefined || code === undefined)
    return { ok: false, reason: 'en-tête sans « Identification nationale PP » ou « Code savoir-faire »' };
  const type = at('Code type savoir-faire');
  const label = at('Libellé savoir-faire');
  return {
    ok: true,
    value: {
      parse(line) {
        const fields = splitLine(line, '|');
        const idNatPs = fields[id] ?? '';
        const skill = fields[code] ?? '';
        if (!/^[08]\d{9,11}$/.test(idNatPs)) return { ok: false, reason: `identification nationale PP invalide (« ${idNatPs} »)` };
        if (!skill) return { ok: false, reason: 'code savoir-faire absent' };
        return {
          ok: true,
          value: {
            idNatPs,
            typeCode: (type === undefined ? '' : fields[type]) || '',
            code: skill,
            label: (label === undefined ? '' : fields[label]) || skill,
          },
        };
      },
    },
  };
}
