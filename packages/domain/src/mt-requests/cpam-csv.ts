import { normaliseHeader } from '../directory/delimited-line.ts';
import { invalid } from '../errors.ts';
import { isIsoDate } from '../lifecycle/dates.ts';
import type { GpLossReason, MtRequestIdentity, MtRequestSituation } from '../storage/mt-requests-repository.ts';
import { INSEE_CODE_PATTERN } from '../territory/unit.ts';

/**
 * The CPAM's list of patients without a médecin traitant, as CSV (docs/reference/mt-requests.md
 * §5: accepted columns and values). Columns are found by header, whatever their order, case,
 * accents and separators (`Date de naissance`, `DATE_NAISSANCE`, `date-naissance`); unknown
 * columns are ignored and listed. Each line is kept or rejected with its line number.
 */
export const CPAM_FIELDS = [
  'lastName',
  'firstName',
  'birthDate',
  'unitCode',
  'phone',
  'email',
  'ald',
  'c2s',
  'ame',
  'gpLostOn',
  'gpLossReason',
] as const;
export type CpamField = (typeof CPAM_FIELDS)[number];

export const REQUIRED_CPAM_FIELDS: readonly CpamField[] = ['lastName', 'firstName', 'birthDate', 'unitCode'];

/** Header names accepted for each field, already folded (see `foldHeader`). */
export const CPAM_HEADERS: Record<CpamField, readonly string[]> = {
  lastName: ['nom', 'nom de naissance', 'nom d usage', 'nom patient', 'nom beneficiaire'],
  firstName: ['prenom', 'prenom patient', 'prenom beneficiaire'],
  birthDate: ['date de naissance', 'date naissance', 'naissance', 'ddn'],
  unitCode: ['code commune', 'code insee', 'commune insee', 'code insee commune', 'insee'],
  phone: ['telephone', 'tel', 'numero de telephone', 'portable'],
  email: ['email', 'e mail', 'courriel', 'adresse email', 'adresse e mail', 'mail'],
  ald: ['ald', 'en ald', 'affection longue duree'],
  c2s: ['c2s', 'cmu c', 'cmuc', 'complementaire sante solidaire'],
  ame: ['ame', 'aide medicale d etat'],
  gpLostOn: ['date perte mt', 'date fin mt', 'date de fin du medecin traitant', 'fin mt', 'date perte medecin traitant'],
  gpLossReason: ['motif', 'motif perte mt', 'motif fin mt', 'raison'],
};

export const CPAM_MAX_LINES = 50_000;

/** A header folded: no accent, lower case, any run of spaces, `_`, `-`, `.`, `'` as one space. */
export function foldHeader(name: string): string {
  return normaliseHeader(name)
    .replace(/[_\-.'’/]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

export type CpamLine = MtRequestIdentity & Pick<MtRequestSituation, 'ald' | 'c2s' | 'ame' | 'gpLostOn' | 'gpLossReason'>;

export interface CpamRejection {
  line: number;
  field: CpamField | null;
  message: string;
}

export interface CpamParse {
  separator: string;
  /** Header as written → field, for the preview. */
  columns: { header: string; field: CpamField | null }[];
  lines: { line: number; value: CpamLine }[];
  rejections: CpamRejection[];
}

/** Splits one CSV line (RFC 4180 quotes: `"a;b"`, `""` inside quotes). */
export function splitCsvLine(line: string, separator: string): string[] {
  const fields: string[] = [];
  let current = '';
  let quoted = false;
  for (let i = 0; i < line.length; i++) {
    const ch = line[i] as string;
    if (quoted) {
      if (ch === '"' && line[i + 1] === '"') {
        current += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else current += ch;
    } else if (ch === '"' && current.trim() === '') {
      quoted = true;
      current = '';
    } else if (ch === separator) {
      fields.push(current.trim());
      current = '';
    } else current += ch;
  }
  fields.push(current.trim());
  return fields;
}

function detectSeparator(header: string): string {
  const counts = [';', ',', '\t', '|'].map((s) => ({ s, n: header.split(s).length }));
  return counts.sort((a, b) => b.n - a.n)[0]?.s ?? ';';
}

const YES = new Set(['oui', 'o', 'yes', 'y', '1', 'x', 'vrai', 'true']);
const NO = new Set(['non', 'n', 'no', '0', 'faux', 'false', '']);

function flag(value: string): boolean | null {
  const v = foldHeader(value);
  if (YES.has(v)) return true;
  if (NO.has(v)) return false;
  return null;
}

/** JJ/MM/AAAA (the CPAM's usual form), JJ-MM-AAAA or AAAA-MM-JJ → YYYY-MM-DD, or null. */
export function frenchDate(value: string): string | null {
  const v = value.trim();
  const fr = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/.exec(v);
  const iso = fr ? `${fr[3]}-${(fr[2] as string).padStart(2, '0')}-${(fr[1] as string).padStart(2, '0')}` : v;
  return isIsoDate(iso) ? iso : null;
}

function lossReason(value: string): GpLossReason | null {
  const v = foldHeader(value);
  if (v === '') return null;
  if (v.includes('retraite')) return 'retirement';
  if (v.includes('deces')) return 'death';
  if (v.includes('demenagement') && v.includes('medecin')) return 'gpMoved';
  if (v.includes('demenagement')) return 'move';
  return 'other';
}

const LABELS: Record<CpamField, string> = {
  lastName: 'nom',
  firstName: 'prénom',
  birthDate: 'date de naissance',
  unitCode: 'code commune',
  phone: 'téléphone',
  email: 'e-mail',
  ald: 'ALD',
  c2s: 'C2S',
  ame: 'AME',
  gpLostOn: 'date de perte du médecin traitant',
  gpLossReason: 'motif',
};

function parseLine(get: (f: CpamField) => string, today: string): { value: CpamLine } | { field: CpamField; message: string } {
  for (const f of REQUIRED_CPAM_FIELDS) {
    if (get(f) === '') return { field: f, message: `Colonne « ${LABELS[f]} » vide.` };
  }
  const lastName = get('lastName');
  const firstName = get('firstName');
  for (const [f, v] of [
    ['lastName', lastName],
    ['firstName', firstName],
  ] as const) {
    if (v.length > 100 || /[\p{Cc}]/u.test(v)) return { field: f, message: `${LABELS[f]} invalide (100 caractères au plus).` };
  }
  const birthDate = frenchDate(get('birthDate'));
  if (!birthDate || birthDate > today || birthDate < '1900-01-01') {
    return { field: 'birthDate', message: 'Date de naissance invalide (JJ/MM/AAAA attendu).' };
  }
  const unitCode = get('unitCode').toUpperCase().padStart(5, '0');
  if (!INSEE_CODE_PATTERN.test(unitCode)) return { field: 'unitCode', message: 'Code commune INSEE invalide (5 caractères).' };
  const flags: Partial<Record<'ald' | 'c2s' | 'ame', boolean>> = {};
  for (const f of ['ald', 'c2s', 'ame'] as const) {
    const v = flag(get(f));
    if (v === null) return { field: f, message: `${LABELS[f]} : « oui » ou « non » attendu.` };
    flags[f] = v;
  }
  const lost = get('gpLostOn');
  const gpLostOn = lost === '' ? null : frenchDate(lost);
  if (lost !== '' && (!gpLostOn || gpLostOn > today)) {
    return { field: 'gpLostOn', message: 'Date de perte du médecin traitant invalide (JJ/MM/AAAA attendu).' };
  }
  const email = get('email') || null;
  if (email && (email.length > 254 || !/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(email))) return { field: 'email', message: 'E-mail invalide.' };
  const phone = get('phone') || null;
  if (phone && !/^[+\d][\d .-]{5,24}$/.test(phone)) return { field: 'phone', message: 'Téléphone invalide.' };
  return {
    value: {
      lastName,
      firstName,
      birthDate,
      unitCode,
      email,
      phone,
      ald: flags.ald ?? false,
      c2s: flags.c2s ?? false,
      ame: flags.ame ?? false,
      gpLostOn,
      gpLossReason: lossReason(get('gpLossReason')),
    },
  };
}

/**
 * Reads a CPAM list. Throws INVALID on field "file" when the file is empty, too long, or lacks
 * a required column (naming it); every other problem rejects one line, with its number (the
 * header is line 1).
 */
export function parseCpamCsv(text: string, today: string): CpamParse {
  const physical = text.replace(/^\uFEFF/, '').split(/\r?\n/);
  const header = physical[0] ?? '';
  if (header.trim() === '') throw invalid('file', 'Fichier vide : la première ligne doit nommer les colonnes.');
  if (physical.length > CPAM_MAX_LINES + 1) throw invalid('file', `Fichier trop long : ${CPAM_MAX_LINES} lignes au plus.`);
  const separator = detectSeparator(header);
  const headers = splitCsvLine(header, separator);
  const index = new Map<CpamField, number>();
  const columns = headers.map((h, i) => {
    const folded = foldHeader(h);
    const field = CPAM_FIELDS.find((f) => CPAM_HEADERS[f].includes(folded)) ?? null;
    if (field && !index.has(field)) index.set(field, i);
    return { header: h, field };
  });
  const missing = REQUIRED_CPAM_FIELDS.filter((f) => !index.has(f));
  if (missing.length > 0) {
    throw invalid('file', `Colonnes obligatoires absentes : ${missing.map((f) => `« ${LABELS[f]} »`).join(', ')}.`);
  }
  const lines: CpamParse['lines'] = [];
  const rejections: CpamRejection[] = [];
  physical.slice(1).forEach((raw, i) => {
    const line = i + 2;
    if (raw.trim() === '') return;
    const cells = splitCsvLine(raw, separator);
    const get = (f: CpamField) => {
      const at = index.get(f);
      return at === undefined ? '' : (cells[at] ?? '');
    };
    const parsed = parseLine(get, today);
    if ('value' in parsed) lines.push({ line, value: parsed.value });
    else rejections.push({ line, field: parsed.field, message: parsed.message });
  });
  return { separator, columns, lines, rejections };
}
