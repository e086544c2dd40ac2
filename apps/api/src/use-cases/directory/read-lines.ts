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
    const lines: string[] = [];
    let start = 0;
    let newline = pending.indexOf('\n', start);
    while (newline !== -1) {
      lines.push(pending.slice(start, newline));
      start = newline + 1;
      newline = pending.indexOf('\n', start);
    }
    pending = pending.slice(start);
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
 * needs). The first chunk's lines (the header; a byte order mark is dropped as the decoder does),
 * a chunk holding an invalid sequence (decoded with replacement characters, as before), the last
 * line and a Latin-1 file come as strings, decoded exactly as readLines decodes them.
 */
export async function* readLineParts(input: Readable, onBytes?: (bytes: number) => void): AsyncGenerator<LinePart> {
  let decoder: TextDecoder | null = null;
  let utf8 = false;
  let first = true;
  let carry: Buffer | null = null;
  let pending = '';
  let bytes = 0;
  for await (const chunk of received(input)) {
    const buffer = typeof chunk === 'string' ? Buffer.from(chunk) : (chunk as Buffer);
    bytes += buffer.length;
    if (!decoder) {
      utf8 = looksLikeUtf8(buffer);
      decoder = new TextDecoder(utf8 ? 'utf-8' : 'latin1');
    }
    if (!utf8) {
      pending += decoder.decode(buffer, { stream: true });
      const cut = pending.lastIndexOf('\n');
      const lines = cut === -1 ? [] : splitLines(pending, cut);
      if (cut !== -1) pending = pending.slice(cut + 1);
      onBytes?.(bytes);
      if (lines.length > 0) yield { text: lines };
      continue;
    }
    const newline = buffer.lastIndexOf(10);
    if (newline === -1) {
      carry = carry ? Buffer.concat([carry, buffer]) : buffer;
      onBytes?.(bytes);
      continue;
    }
    const whole = buffer.subarray(0, newline + 1);
    const region = carry ? Buffer.concat([carry, whole]) : whole;
    carry = buffer.subarray(newline + 1);
    onBytes?.(bytes);
    // The decoder sees the first lines (it drops a leading byte order mark, once) and any chunk
    // with an invalid sequence; between chunks it holds no partial character, each ending at a newline.
    if (first || !isUtf8(region)) {
      first = false;
      const text = decoder.decode(region, { stream: true });
      yield { text: splitLines(text, text.length - 1) };
    } else yield { bytes: region };
  }
  if (!decoder) return;
  const rest = `${pending}${carry && carry.length > 0 ? decoder.decode(carry, { stream: true }) : ''}${decoder.decode()}`;
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
