import { invalid } from '../errors.ts';

/** Evidence files are kept in the database with the assessment (so in its backups): 10 Mo at most each. */
export const EVIDENCE_MAX_BYTES = 10 * 1024 * 1024;

export interface EvidenceType {
  contentType: string;
  label: string;
  extension: string;
}

const PDF: EvidenceType = { contentType: 'application/pdf', label: 'PDF', extension: 'pdf' };
const PNG: EvidenceType = { contentType: 'image/png', label: 'PNG', extension: 'png' };
const JPEG: EvidenceType = { contentType: 'image/jpeg', label: 'JPEG', extension: 'jpg' };
const XLSX: EvidenceType = {
  contentType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  label: 'XLSX',
  extension: 'xlsx',
};
const ODS: EvidenceType = { contentType: 'application/vnd.oasis.opendocument.spreadsheet', label: 'ODS', extension: 'ods' };
const CSV: EvidenceType = { contentType: 'text/csv; charset=utf-8', label: 'CSV', extension: 'csv' };

export const EVIDENCE_TYPES_TEXT = 'PDF, PNG, JPEG, XLSX, ODS ou CSV';

const startsWith = (data: Uint8Array, bytes: readonly number[], at = 0) => bytes.every((b, i) => data[at + i] === b);

function asciiAt(data: Uint8Array, from: number, length: number): string {
  let text = '';
  for (let i = from; i < from + length && i < data.length; i++) text += String.fromCharCode(data[i] as number);
  return text;
}

/** A zip (XLSX and ODS are zips): an ODS names its mimetype first; an XLSX holds `[Content_Types].xml` and `xl/`. */
function zipType(data: Uint8Array): EvidenceType | null {
  const head = asciiAt(data, 0, Math.min(data.length, 2048));
  if (head.includes('mimetypeapplication/vnd.oasis.opendocument.spreadsheet')) return ODS;
  // Entry names are in each local header and again in the central directory at the end.
  const tailFrom = Math.max(0, data.length - 256 * 1024);
  const scan = asciiAt(data, 0, Math.min(data.length, 256 * 1024)) + asciiAt(data, tailFrom, data.length - tailFrom);
  if (scan.includes('[Content_Types].xml') && scan.includes('xl/')) return XLSX;
  return null;
}

/** Text a CSV may be: valid UTF-8 without NUL or other control characters (tab and line ends allowed). */
function isCsvText(data: Uint8Array): boolean {
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(data.subarray(0, Math.min(data.length, 64 * 1024)));
  } catch {
    // A cut in the middle of a multi-byte character at the 64 KiB boundary is not a reason to refuse.
    if (data.length <= 64 * 1024) return false;
    text = new TextDecoder('utf-8').decode(data.subarray(0, 64 * 1024 - 4));
  }
  return !/(?![\t\n\r])[\p{Cc}]/u.test(text) && /[;,\t]/.test(text);
}

/**
 * The type of an evidence file read from its first bytes (magic numbers), never from its name or
 * the browser's claim: PDF, PNG, JPEG, XLSX, ODS or CSV. Refuses empty, oversized and other files,
 * naming the field `file`.
 */
export function evidenceType(data: Uint8Array, fileName: string): EvidenceType {
  if (data.length === 0) throw invalid('file', 'Le fichier est vide.');
  if (data.length > EVIDENCE_MAX_BYTES) throw invalid('file', 'Le fichier dépasse la taille maximale de 10 Mo.');
  if (startsWith(data, [0x25, 0x50, 0x44, 0x46, 0x2d])) return PDF;
  if (startsWith(data, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return PNG;
  if (startsWith(data, [0xff, 0xd8, 0xff])) return JPEG;
  if (startsWith(data, [0x50, 0x4b, 0x03, 0x04])) {
    const zip = zipType(data);
    if (zip) return zip;
  } else if (/\.csv$/i.test(fileName.trim()) && isCsvText(data)) return CSV;
  throw invalid(
    'file',
    `Type de fichier non accepté : ${EVIDENCE_TYPES_TEXT} attendu (le contenu du fichier ne correspond à aucun de ces formats).`,
  );
}

/** A file name safe to store and send back: no path, no control character, at most 200 characters. */
export function evidenceFileName(raw: string): string {
  const base = raw.split(/[\\/]/).at(-1) ?? '';
  const cleaned = base
    .replace(/[\p{Cc}\p{Cs}"]/gu, '')
    .trim()
    .slice(0, 200);
  if (!cleaned) throw invalid('name', 'Le nom du fichier est obligatoire.');
  return cleaned;
}
