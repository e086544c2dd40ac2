import { Readable } from 'node:stream';
import { DomainError } from '@maillon/domain';

/**
 * Reads a raw upload (`application/octet-stream`, handed over as a stream) into memory, refusing
 * past `maxBytes` as soon as it is crossed, with a French message naming the field `file`.
 */
export async function uploadBytes(body: unknown, maxBytes: number, limitText: string): Promise<Uint8Array> {
  if (!(body instanceof Readable)) {
    throw new DomainError('INVALID', 'Envoyez le fichier tel quel (Content-Type: application/octet-stream).', 'file');
  }
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of body) {
    const buffer = Buffer.isBuffer(chunk) ? chunk : Buffer.from(chunk as Uint8Array);
    size += buffer.length;
    if (size > maxBytes) {
      body.destroy();
      throw new DomainError('INVALID', `Le fichier dépasse la taille maximale de ${limitText}.`, 'file');
    }
    chunks.push(buffer);
  }
  return new Uint8Array(Buffer.concat(chunks));
}
