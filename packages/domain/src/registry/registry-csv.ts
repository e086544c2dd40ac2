import { invalid } from '../errors.ts';
import { columnOfHeader, type RegistryColumn } from './registry-columns.ts';

/** A registry file is a few hundred CPTS at most: beyond these limits it is not one. */
export const REGISTRY_MAX_BYTES = 2 * 1024 * 1024;
export const REGISTRY_MAX_LINES = 5000;

/**
 * The text of an uploaded file: UTF-8 (with or without its byte-order mark), else Latin-1 /
 * Windows-1252 as older spreadsheets save CSV — the same rule as the directory imports
 * (apps/api/src/use-cases/directory/read-lines.ts), on the whole file since it is small.
 */
export function decodeRegistryFile(bytes: Uint8Array): string {
  if (bytes.length > REGISTRY_MAX_BYTES) {
    throw invalid('file', `Fichier trop volumineux pour un registre de CPTS (plus de ${REGISTRY_MAX_BYTES / 1024 / 1024} Mo).`);
  }
  try {
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    return new TextDecoder('windows-1252').decode(bytes);
  }
}

/** One record of the file, with the number of the line it starts on (as a spreadsheet shows it). */
export interface CsvRecord {
  lineNumber: number;
  cells: string[];
}

/** The separator of the header line: `;` (French spreadsheets), `,` or a tab, whichever splits it most. */
export function detectSeparator(headerLine: string): string {
  const counts = [';', ',', '\t'].map((s) => [s, headerLine.split(s).length] as const);
  return counts.reduce((best, next) => (next[1] > best[1] ? next : best))[0];
}

/**
 * Splits CSV text into records (RFC 4180 quoting: `"a;b"`, `""` for a quote, line breaks inside
 * quotes). Blank lines and lines starting with `#` (the template's comments) are skipped.
 */
export function readCsvRecords(text: string, separator: string): CsvRecord[] {
  const records: CsvRecord[] = [];
  let line = 1;
  let i = 0;
  while (i < text.length) {
    const start = line;
    if (text[i] === '#') {
      while (i < text.length && text[i] !== '\n') i++;
      i++;
      line++;
      continue;
    }
    const cells: string[] = [];
    let cell = '';
    let quoted = false;
    for (; i < text.length; i++) {
      const c = text[i] as string;
      if (quoted) {
        if (c === '"' && text[i + 1] === '"') {
          cell += '"';
          i++;
        } else if (c === '"') quoted = false;
        else {
          if (c === '\n') line++;
          cell += c;
        }
      } else if (c === '"' && cell.trim() === '') {
        quoted = true;
        cell = '';
      } else if (c === separator) {
        cells.push(cell.trim());
        cell = '';
      } else if (c === '\n') {
        break;
      } else if (c !== '\r') cell += c;
    }
    i++;
    line++;
    cells.push(cell.trim());
    if (cells.some((value) => value !== '')) records.push({ lineNumber: start, cells });
  }
  return records;
}

/** The file read: which column each position holds, the headers ignored, and the data records. */
export interface RegistryTable {
  columns: (RegistryColumn | null)[];
  /** The file's own wording of each column it has (to name it in messages). */
  headers: Partial<Record<RegistryColumn, string>>;
  ignoredHeaders: string[];
  records: CsvRecord[];
}

/** Reads the header and records; the file must at least name its CPTS. */
export function readRegistryTable(text: string): RegistryTable {
  const body = text.replace(/^\uFEFF/, '');
  const firstLine = body.split('\n').find((l) => l.trim() !== '' && !l.startsWith('#')) ?? '';
  const [header, ...records] = readCsvRecords(body, detectSeparator(firstLine));
  if (!header) throw invalid('file', 'Fichier vide : une ligne d’en-tête puis une ligne par CPTS sont attendues.');
  const columns = header.cells.map(columnOfHeader);
  const headers: RegistryTable['headers'] = {};
  const ignoredHeaders: string[] = [];
  header.cells.forEach((name, position) => {
    const column = columns[position];
    if (!column) {
      if (name) ignoredHeaders.push(name);
    } else if (headers[column]) {
      throw invalid('file', `La colonne « ${name} » est en double (ligne ${header.lineNumber}).`);
    } else headers[column] = name;
  });
  if (!headers.name) throw invalid('file', `Colonne « nom » introuvable dans l’en-tête (ligne ${header.lineNumber}).`);
  if (records.length > REGISTRY_MAX_LINES) {
    throw invalid('file', `Trop de lignes pour un registre (${records.length}, au plus ${REGISTRY_MAX_LINES}).`);
  }
  return { columns, headers, ignoredHeaders, records };
}
