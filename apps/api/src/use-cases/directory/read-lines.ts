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
