/**
 * Answers already serialised to JSON and encoded in UTF-8 (what goes on the wire: no
 * re-encoding of the string on each send), kept by key, least recently used first out once their
 * total size passes the bound. The key must name every version the answer was made of (see
 * cpts-page-cache.ts): an entry is never invalidated, a newer version simply asks for another key,
 * and the old entry ages out. Requests for a key being built share that build, so a burst of
 * requests after a change builds the page once per process.
 */
export interface SerialisedPageCache {
  get(key: string, build: () => Promise<string>): Promise<Buffer>;
  /** What is kept now (for tests and the documentation of the bound). */
  readonly stats: () => { entries: number; bytes: number };
}

export function createSerialisedPageCache(options: { maxBytes: number }): SerialisedPageCache {
  // A Map iterates in insertion order: re-inserting on each hit keeps the least recent first.
  const kept = new Map<string, Buffer>();
  const building = new Map<string, Promise<Buffer>>();
  let bytes = 0;
  const sizeOf = (json: Buffer) => json.byteLength;

  function keep(key: string, json: Buffer) {
    const size = sizeOf(json);
    // Too big for the bound: served, not kept.
    if (size > options.maxBytes) return;
    const previous = kept.get(key);
    if (previous !== undefined) bytes -= sizeOf(previous);
    kept.delete(key);
    kept.set(key, json);
    bytes += size;
    for (const [oldKey, oldJson] of kept) {
      if (bytes <= options.maxBytes) break;
      kept.delete(oldKey);
      bytes -= sizeOf(oldJson);
    }
  }

  return {
    get(key, build) {
      const hit = kept.get(key);
      if (hit !== undefined) {
        kept.delete(key);
        kept.set(key, hit);
        return Promise.resolve(hit);
      }
      const pending = building.get(key);
      if (pending) return pending;
      const started = build().then(
        (text) => {
          building.delete(key);
          const json = Buffer.from(text, 'utf8');
          keep(key, json);
          return json;
        },
        (error: unknown) => {
          // A failed build (404, database error) is not kept: the next request tries again.
          building.delete(key);
          throw error;
        },
      );
      building.set(key, started);
      return started;
    },
    stats: () => ({ entries: kept.size, bytes }),
  };
}
