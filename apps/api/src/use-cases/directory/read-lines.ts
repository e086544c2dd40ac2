import { isUtf8 } from 'node:buffer';
import type { Readable } from 'node:stream';
import { invalid } from '@maillon/domain';

/**
 * Streams the lines of a text file without loading it whole (the national RPPS file has over a
 * million lines), one array of lines per chunk received: a loop over a chunk's lines costs no
 * promise per line. The encoding is UTF-8 unless the first chunk is not valid UTF-8, in which
 * case Latin-1 (ISO-8859-1/15, as FINESS and older RPPS files) is used.
 */
export async function* readLines(input: Readable, onBytes?: (bytes: number) => void): AsyncGenerator<string[]> {
  let decoder: TextDecoder | null = null;
  let pending = '';
  let bytes = 0;
  for await (const chunk of received(input)) {
    const buffer = typeof chunk === 'string' ? Buffer.from(chunk) : (chunk as Buffer);
    bytes += buffer.length;
    decoder ??= new TextDecoder(looksLikeUtf8(buffer) ? 'utf-8' : 'latin1');
    pending += decoder.decode(buffer, { stream: true });
    const cut = pending.lastIndexOf('\n');
    const lines = splitLines(pending, cut);
    pending = pending.slice(cut + 1);
    onBytes?.(bytes);
    if (lines.length > 0) yield lines;
  }
  if (decoder) pending += decoder.decode();
  if (pending.length > 0) yield [pending];
}

/** Lines of a file, one part per chunk: decoded strings, or the chunk's bytes (whole lines, valid UTF-8). */
export type LinePart = { text: string[]; bytes?: undefined } | { bytes: Buffer; text?: undefined };

/**
 * The same lines as readLines, for a reader that can take them as bytes (the RPPS reader): the
 * lines of a UTF-8 file come as the bytes of each chunk's whole lines, without decoding them, when
 * those bytes are valid UTF-8 (their decoding would then be exact: the reader decodes what it
 * needs). Up to the first chunk holding a line break (the header), a chunk holding an invalid
 * sequence (decoded with replacement characters, as before), the last line and a Latin-1 file
 * come as strings, decoded exactly as readLines decodes them.
 */
export async function* readLineParts(input: Readable, onBytes?: (bytes: number) => void): AsyncGenerator<LinePart> {
  let decoder: TextDecoder | null = null;
  // Past the first lines: the bytes after the last line break, and a decoder for what comes as
  // text, mid-stream (a byte order mark is then a character like another: kept).
  let carry: Buffer | null = null;
  let later: TextDecoder | null = null;
  let pending = '';
  let bytes = 0;
  for await (const chunk of received(input)) {
    const buffer = typeof chunk === 'string' ? Buffer.from(chunk) : (chunk as Buffer);
    bytes += buffer.length;
    decoder ??= new TextDecoder(looksLikeUtf8(buffer) ? 'utf-8' : 'latin1');
    if (!carry) {
      // readLines' own loop, until a UTF-8 file's first line break.
      pending += decoder.decode(buffer, { stream: true });
      const cut = pending.lastIndexOf('\n');
      onBytes?.(bytes);
      if (cut === -1) continue;
      const lines = splitLines(pending, cut);
      pending = pending.slice(cut + 1);
      if (decoder.encoding === 'utf-8') {
        // What follows the break is `pending`, decoded; from here on it is kept as bytes.
        carry = buffer.subarray(buffer.lastIndexOf(10) + 1);
        later = new TextDecoder('utf-8', { ignoreBOM: true });
        pending = '';
      }
      yield { text: lines };
      continue;
    }
    const newline = buffer.lastIndexOf(10);
    onBytes?.(bytes);
    if (newline === -1) {
      carry = Buffer.concat([carry, buffer]);
      continue;
    }
    const region = carry.length > 0 ? Buffer.concat([carry, buffer.subarray(0, newline + 1)]) : buffer.subarray(0, newline + 1);
    carry = buffer.subarray(newline + 1);
    if (isUtf8(region)) yield { bytes: region };
    else {
      // Each region ends with a line break: the decoder holds no partial character between them.
      const text = (later as TextDecoder).decode(region);
      yield { text: splitLines(text, text.length - 1) };
    }
  }
  if (!decoder) return;
  const rest = carry ? (later as TextDecoder).decode(carry) : pending + decoder.decode();
  if (rest.length > 0) yield { text: [rest] };
}

/** The lines of `text` before the newline at `last` (itself a newline). */
function splitLines(text: string, last: number): string[] {
  const lines: string[] = [];
  let start = 0;
  let newline = text.indexOf('\n', start);
  while (newline !== -1 && newline <= last) {
    lines.push(text.slice(start, newline));
    start = newline + 1;
    newline = text.indexOf('\n', start);
  }
  return lines;
}

/**
 * The chunks of the upload; a transfer that breaks off (client gone, connection reset) is the
 * file's fault for the user: a 422 on `file` saying so, distinct from a failure of ours.
 */
async function* received(input: Readable): AsyncGenerator<unknown> {
  try {
    for await (const chunk of input) yield chunk;
  } catch (error) {
    throw invalid('file', `Lecture du fichier interrompue : ${error instanceof Error ? error.message : String(error)}.`);
  }
}

function looksLikeUtf8(buffer: Buffer): boolean {
  // A chunk may end inside a multi-byte character: check all but its last 3 bytes.
  const sample = buffer.subarray(0, Math.max(0, Math.min(buffer.length, 65_536) - 3));
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(sample);
    return true;
  } catch {
    return false;
  }
}
