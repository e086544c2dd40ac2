import { invalid } from '../errors.ts';

/**
 * Request numbers given to the person (docs/reference/mt-requests.md §2): `MT-<year>-XXXX-XXXX`,
 * eight characters of Crockford's base 32 (no I, L, O, U: nothing to confuse when read over the
 * phone), 40 random bits. The number alone opens nothing: the status page also asks for the
 * birth date, and failed tries are throttled.
 */
export const REQUEST_NUMBER_ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
export const REQUEST_NUMBER_PATTERN = /^MT-\d{4}-[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}$/;

/** Builds a number from at least 5 random bytes (the caller's randomness: the domain has none). */
export function requestNumber(year: number, random: Uint8Array): string {
  if (random.length < 5) throw new Error('requestNumber needs 5 random bytes');
  let bits = 0n;
  for (const byte of random.subarray(0, 5)) bits = (bits << 8n) | BigInt(byte);
  let chars = '';
  for (let i = 0; i < 8; i++) {
    chars = REQUEST_NUMBER_ALPHABET[Number(bits & 31n)] + chars;
    bits >>= 5n;
  }
  return `MT-${year}-${chars.slice(0, 4)}-${chars.slice(4)}`;
}

/**
 * A number as typed by a person: case, spaces and dashes do not matter, and the letters
 * Crockford reads as digits (O → 0, I and L → 1) are read so. Throws INVALID on field "number".
 */
export function normaliseRequestNumber(typed: string): string {
  const compact = typed
    .toUpperCase()
    .replace(/[\s\-_.]/g, '')
    .replace(/^MT/, '');
  const year = compact.slice(0, 4);
  const rest = compact.slice(4).replace(/O/g, '0').replace(/[IL]/g, '1');
  const number = `MT-${year}-${rest.slice(0, 4)}-${rest.slice(4)}`;
  if (!REQUEST_NUMBER_PATTERN.test(number)) {
    throw invalid('number', 'Numéro de demande invalide : il a la forme MT-2026-XXXX-XXXX.');
  }
  return number;
}
