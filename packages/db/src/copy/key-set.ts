/**
 * The keys a staging stream has written, as 64-bit hashes in an open-addressing table: 8 bytes a
 * key (16 MB for a national file's million activities) instead of the keys' strings. `add` says
 * whether the key may have been written before: never wrong when it says no (a key written twice
 * always hashes the same), rarely when it says yes (two keys with the same 64 bits: about one
 * chance in 10^7 for a million keys), and a yes only costs the SQL deduplication of that key.
 * So a file listing each key once, as a national extraction does, needs no deduplication at all.
 */
export class KeySet {
  #high = new Uint32Array(1 << 12);
  #low = new Uint32Array(1 << 12);
  #size = 0;

  get size(): number {
    return this.#size;
  }

  /** Adds the key made of `parts`; true when it (probably) was there already. */
  add(parts: readonly string[]): boolean {
    // Two independent 32-bit hashes (FNV-1a and a multiplicative one with other constants) of
    // the parts, each followed by a separator so that ('ab', 'c') and ('a', 'bc') differ.
    let h1 = 0x811c9dc5;
    let h2 = 0x9747b28c;
    for (const part of parts) {
      for (let i = 0; i < part.length; i++) {
        const c = part.charCodeAt(i);
        h1 = Math.imul(h1 ^ c, 0x01000193);
        h2 = Math.imul(h2 ^ c, 0x5bd1e995);
        h2 ^= h2 >>> 15;
      }
      h1 = Math.imul(h1 ^ 0xffff, 0x01000193);
      h2 = Math.imul(h2 ^ 0xffff, 0x5bd1e995);
      h2 ^= h2 >>> 15;
    }
    // 0/0 marks an empty slot: a key never hashes to it.
    const high = h1 >>> 0;
    const low = (h2 | 1) >>> 0;
    if (this.#size * 4 >= this.#high.length * 3) this.#grow();
    return this.#insert(high, low);
  }

  #insert(high: number, low: number): boolean {
    const mask = this.#high.length - 1;
    let slot = (high ^ Math.imul(low, 0x27d4eb2d)) & mask;
    while (true) {
      const h = this.#high[slot] as number;
      const l = this.#low[slot] as number;
      if (l === 0) {
        this.#high[slot] = high;
        this.#low[slot] = low;
        this.#size++;
        return false;
      }
      if (h === high && l === low) return true;
      slot = (slot + 1) & mask;
    }
  }

  #grow(): void {
    const high = this.#high;
    const low = this.#low;
    this.#high = new Uint32Array(high.length * 2);
    this.#low = new Uint32Array(low.length * 2);
    this.#size = 0;
    for (let i = 0; i < high.length; i++) if ((low[i] as number) !== 0) this.#insert(high[i] as number, low[i] as number);
  }
}
