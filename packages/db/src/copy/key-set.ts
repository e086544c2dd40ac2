/**
 * The keys a staging stream has written, as 64-bit hashes in an open-addressing table: 8 bytes a
 * key (16 MB for a national file's million activities) instead of the keys' strings. `add` says
 * whether the key may have been written before: never wrong when it says no (a key written twice
 * always hashes the same), rarely when it says yes (two keys with the same 64 bits: about one
 * chance in 10^7 for a million keys), and a yes only costs the SQL deduplication of that key.
 * So a file listing each key once, as a national extraction does, needs no deduplication at all.
 */
export class KeySet {
  /** Slot i: hash halves at 2i and 2i + 1; 0/0 is an empty slot (a key never hashes to it). */
  #slots = new Uint32Array(2 << 12);
  #size = 0;

  get size(): number {
    return this.#size;
  }

  /** Adds the key made of `parts`; true when it (probably) was there already. */
  add(parts: readonly string[]): boolean {
    // Two independent 32-bit hashes, taking two characters a step, each part followed by a
    // separator so that ('ab', 'c') and ('a', 'bc') differ; then murmur3's final mix of each.
    let h1 = 0x811c9dc5;
    let h2 = 0x9747b28c;
    for (let p = 0; p < parts.length; p++) {
      const part = parts[p] as string;
      const n = part.length;
      let i = 0;
      for (; i + 1 < n; i += 2) {
        const w = part.charCodeAt(i) | (part.charCodeAt(i + 1) << 16);
        h1 = Math.imul(h1 ^ w, 0x01000193);
        h2 = Math.imul(h2 ^ w, 0x5bd1e995);
      }
      const last = (i < n ? part.charCodeAt(i) : 0) | 0xffff0000;
      h1 = Math.imul(h1 ^ last, 0x01000193);
      h2 = Math.imul(h2 ^ last, 0x5bd1e995);
    }
    const high = mix(h1);
    const low = (mix(h2) | 1) >>> 0;
    if (this.#size * 4 >= (this.#slots.length >>> 1) * 3) this.#grow();
    return this.#insert(high, low);
  }

  /**
   * Adds the key whose bytes are `bytes[start, end)` (a row's key fields in COPY text, tabs
   * between them: one key, one byte string); true when it (probably) was there already. A set is
   * fed keys one way only (bytes or parts): the two hash differently.
   */
  addBytes(bytes: Uint8Array, start: number, end: number): boolean {
    let h1 = 0x811c9dc5;
    let h2 = 0x9747b28c;
    // Two different hashes, so that their collisions are independent: murmur3's body over
    // four bytes a step for one, a multiplicative hash over two bytes a step for the other.
    let i = start;
    for (; i + 3 < end; i += 4) {
      let k = (bytes[i] as number) | ((bytes[i + 1] as number) << 8) | ((bytes[i + 2] as number) << 16) | ((bytes[i + 3] as number) << 24);
      k = Math.imul(k, 0xcc9e2d51);
      k = Math.imul((k << 15) | (k >>> 17), 0x1b873593);
      h1 ^= k;
      h1 = (Math.imul((h1 << 13) | (h1 >>> 19), 5) + 0xe6546b64) | 0;
    }
    let tail = 0;
    for (let shift = 0; i + shift < end; shift++) tail |= (bytes[i + shift] as number) << (8 * shift);
    h1 ^= Math.imul((Math.imul(tail, 0xcc9e2d51) << 15) | (Math.imul(tail, 0xcc9e2d51) >>> 17), 0x1b873593);
    h1 ^= end - start;
    for (let j = start; j + 1 < end; j += 2) h2 = Math.imul(h2 ^ ((bytes[j] as number) | ((bytes[j + 1] as number) << 16)), 0x5bd1e995);
    h2 = Math.imul(h2 ^ (((end - start) & 1 ? (bytes[end - 1] as number) : 0) | 0xffff0000), 0x5bd1e995);
    const high = mix(h1);
    const low = (mix(h2) | 1) >>> 0;
    if (this.#size * 4 >= (this.#slots.length >>> 1) * 3) this.#grow();
    return this.#insert(high, low);
  }

  #insert(high: number, low: number): boolean {
    const slots = this.#slots;
    const mask = (slots.length >>> 1) - 1;
    let slot = (high ^ low) & mask;
    while (true) {
      const l = slots[2 * slot + 1] as number;
      if (l === 0) {
        slots[2 * slot] = high;
        slots[2 * slot + 1] = low;
        this.#size++;
        return false;
      }
      if (l === low && slots[2 * slot] === high) return true;
      slot = (slot + 1) & mask;
    }
  }

  #grow(): void {
    const old = this.#slots;
    this.#slots = new Uint32Array(old.length * 2);
    this.#size = 0;
    for (let i = 0; i < old.length; i += 2) if ((old[i + 1] as number) !== 0) this.#insert(old[i] as number, old[i + 1] as number);
  }
}

function mix(h: number): number {
  let x = h ^ (h >>> 16);
  x = Math.imul(x, 0x85ebca6b);
  x ^= x >>> 13;
  x = Math.imul(x, 0xc2b2ae35);
  return (x ^ (x >>> 16)) >>> 0;
}
