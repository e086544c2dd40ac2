import { formatNumber } from '../format/index.ts';
import type { IndicatorLine } from './indicator.ts';

/**
 * The CPAM file of a yearly assessment (docs/reference/aci.md §5, "CPAM file"): a CSV with a
 * header line, separated by « ; », « , » or tabulations, UTF-8 (BOM allowed). Columns are found
 * by their header, in any order, case and accents ignored:
 * - `code` (also `identifiant`, `code indicateur`): the indicator's code in Maillon, or
 * - `indicateur` (also `libellé`, `intitulé`): its label as written in the contract;
 * - `valeur` (also `résultat`, `réalisé`): a number, French (« 1 234,5 ») or not, or oui / non;
 * - `commentaire` (also `note`, `observation`), optional.
 * Other columns are ignored and listed. A line names one indicator; the file never erases a
 * value it does not mention.
 */

export interface CsvValueRow {
  /** Line number in the file (the header is line 1). */
  line: number;
  indicatorId: string;
  label: string;
  value: number;
  note: string | null;
}

export interface CsvRejection {
  line: number;
  message: string;
}

export interface AssessmentCsv {
  rows: CsvValueRow[];
  rejections: CsvRejection[];
  /** Columns read and how they were understood. */
  columns: { header: string; readAs: 'code' | 'label' | 'value' | 'note' | null }[];
}

const fold = (text: string) =>
  text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();

const HEADERS: Record<'code' | 'label' | 'value' | 'note', readonly string[]> = {
  code: ['code', 'identifiant', 'id', 'code indicateur', 'identifiant indicateur'],
  label: ['indicateur', 'libelle', 'intitule', 'libelle indicateur', 'nom indicateur'],
  value: ['valeur', 'resultat', 'realise', 'valeur realisee', 'valeur constatee'],
  note: ['commentaire', 'commentaires', 'note', 'observation', 'observations'],
};

function readAs(header: string): 'code' | 'label' | 'value' | 'note' | null {
  const folded = fold(header);
  for (const [kind, names] of Object.entries(HEADERS) as ['code' | 'label' | 'value' | 'note', readonly string[]][]) {
    if (names.includes(folded)) return kind;
  }
  return null;
}

/** Splits CSV text into records, with the line each starts on; quotes may hold separators and line ends. */
function records(text: string, separator: string): { line: number; cells: string[] }[] {
  const out: { line: number; cells: string[] }[] = [];
  let cells: string[] = [];
  let cell = '';
  let quoted = false;
  let line = 1;
  let startLine = 1;
  for (let i = 0; i < text.length; i++) {
    const char = text[i] as string;
    if (quoted) {
      if (char === '"' && text[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (char === '"') quoted = false;
      else {
        if (char === '\n') line++;
        cell += char;
      }
      continue;
    }
    if (char === '"' && cell === '') quoted = true;
    else if (char === separator) {
      cells.push(cell);
      cell = '';
    } else if (char === '\n' || char === '\r') {
      if (char === '\r' && text[i + 1] === '\n') i++;
      cells.push(cell);
      out.push({ line: startLine, cells });
      cells = [];
      cell = '';
      line++;
      startLine = line;
    } else cell += char;
  }
  if (cell !== '' || cells.length > 0) {
    cells.push(cell);
    out.push({ line: startLine, cells });
  }
  return out.filter((r) => r.cells.some((c) => c.trim() !== ''));
}

function separatorOf(headerLine: string): string {
  const counts = [';', '\t', ','].map((s) => [s, headerLine.split(s).length - 1] as const);
  return counts.reduce((best, candidate) => (candidate[1] > best[1] ? candidate : best))[0];
}

/** « 1 234,5 », « 1234.5 », « 12 % », « oui » → a number; `null` when unreadable. */
export function parseFrenchNumber(raw: string): number | null {
  const text = raw.trim().toLowerCase();
  if (text === 'oui') return 1;
  if (text === 'non') return 0;
  const cleaned = text.replace(/[\s\u00a0\u202f]/g, '').replace(/%$/, '');
  if (!/^-?\d+(?:[.,]\d+)?$/.test(cleaned)) return null;
  const value = Number(cleaned.replace(',', '.'));
  return Number.isFinite(value) ? value : null;
}

/**
 * Reads a CPAM file against the contract's indicator lines: the rows understood and the lines
 * rejected, each with its line number and the reason in French. Nothing is written here.
 */
export function readAssessmentCsv(text: string, indicators: readonly IndicatorLine[]): AssessmentCsv {
  const body = text.replace(/^\uFEFF/, '');
  const firstLine = body.split(/\r?\n/, 1)[0] ?? '';
  const all = records(body, separatorOf(firstLine));
  const header = all[0];
  if (!header) return { rows: [], rejections: [{ line: 1, message: 'Fichier vide : une ligne d’en-tête est attendue.' }], columns: [] };
  const columns = header.cells.map((cell) => ({ header: cell.trim(), readAs: readAs(cell) }));
  const index = (kind: 'code' | 'label' | 'value' | 'note') => columns.findIndex((c) => c.readAs === kind);
  const [code, label, value, note] = [index('code'), index('label'), index('value'), index('note')];
  if (value < 0 || (code < 0 && label < 0)) {
    return {
      rows: [],
      rejections: [
        {
          line: header.line,
          message:
            'En-tête incomplet : une colonne « valeur » et une colonne « code » ou « indicateur » sont attendues (colonnes lues : ' +
            `${columns.map((c) => `« ${c.header} »`).join(', ') || 'aucune'}).`,
        },
      ],
      columns,
    };
  }
  const byId = new Map(indicators.map((i) => [fold(i.id), i]));
  const byLabel = new Map(indicators.map((i) => [fold(i.label), i]));
  const seen = new Map<string, number>();
  const rows: CsvValueRow[] = [];
  const rejections: CsvRejection[] = [];
  for (const record of all.slice(1)) {
    const cell = (at: number) => (at < 0 ? '' : (record.cells[at] ?? '').trim());
    const named = cell(code) || cell(label);
    const indicator = (cell(code) && byId.get(fold(cell(code)))) || (cell(label) && byLabel.get(fold(cell(label)))) || undefined;
    if (!named) {
      rejections.push({ line: record.line, message: 'Indicateur non renseigné (colonne « code » ou « indicateur »).' });
      continue;
    }
    if (!indicator) {
      rejections.push({ line: record.line, message: `Indicateur « ${named} » inconnu dans ce contrat.` });
      continue;
    }
    const previous = seen.get(indicator.id);
    if (previous !== undefined) {
      rejections.push({ line: record.line, message: `« ${indicator.label} » figure déjà à la ligne ${previous}.` });
      continue;
    }
    const raw = cell(value);
    const parsed = raw === '' ? null : parseFrenchNumber(raw);
    if (parsed === null) {
      rejections.push({
        line: record.line,
        message:
          raw === ''
            ? `Valeur vide pour « ${indicator.label} ».`
            : `Valeur « ${raw} » illisible pour « ${indicator.label} » : un nombre est attendu.`,
      });
      continue;
    }
    if (indicator.unit === 'oui/non' && parsed !== 0 && parsed !== 1) {
      rejections.push({ line: record.line, message: `« ${indicator.label} » attend oui ou non (1 ou 0), pas ${formatNumber(parsed)}.` });
      continue;
    }
    seen.set(indicator.id, record.line);
    rows.push({ line: record.line, indicatorId: indicator.id, label: indicator.label, value: parsed, note: cell(note) || null });
  }
  return { rows, rejections, columns };
}
