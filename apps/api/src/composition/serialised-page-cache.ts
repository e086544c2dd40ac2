import { COMPRESSION_THRESHOLD, type ContentEncoding, compressKept } from './compression.ts';

/** A kept answer as sent: its bytes, and their encoding (null: the JSON itself). */
export interface KeptBody {
  body: Buffer;
  encoding: ContentEncoding | null;
}

/**
 * Answers already serialised to JSON and encoded in UTF-8 (what goes on the wire: no
 * re-encoding of the string on each send), kept by key, least recently used first out once their
 * total size passes the bound. The key must name every version the answer was made of (see
 * cpts-page-cache.ts): an entry is never invalidated, a newer version simply asks for another key,
 * and the old entry ages out. Requests for a key being built share that build, so a burst of
 * requests after a change builds the page once per process. An entry also keeps its answer
 * compressed in each encoding asked for (browsers ask for brotli or gzip): compressing a page on
 * every request cost four times the rest of serving it (issue #11 item 3, `MAILLON_BENCH_ENCODING`
 * in bench/api.bench.ts). The compressed copies count in the bound with their entry.
 */
export interface SerialisedPageCache {
  get(key: string, build: () => Promise<string>, encoding?: ContentEncoding | null): Promise<KeptBody>;
  /** What is kept now (for tests and the documentation of the bound). */
  readonly stats: () => { entries: number; bytes: number };
}

interface Entry {
  json: Buffer;
  compressed: Map<ContentEncoding, Promise<Buffer>>;
  bytes: number;
}

export function createSerialisedPageCache(options: { maxBytes: number }): SerialisedPageCache {
  // A Map iterates in insertion order: re-inserting on each hit keeps the least recent first.
  const kept = new Map<string, Entry>();
  const building = new Map<string, Promise<Entry>>();
  let bytes = 0;

  function evict() {
    for (const [oldKey, old] of kept) {
      if (bytes <= options.maxBytes) break;
      kept.delete(oldKey);
      bytes -= old.bytes;
    }
  }

  function keep(key: string, entry: Entry) {
    // Too big for the bound: served, not kept.
    if (entry.bytes > options.maxBytes) return;
    const previous = kept.get(key);
    if (previous !== undefined) bytes -= previous.bytes;
    kept.delete(key);
    kept.set(key, entry);
    bytes += entry.bytes;
    evict();
  }

  function entryOf(key: string, build: () => Promise<string>): Promise<Entry> {
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
        const entry: Entry = { json, compressed: new Map(), bytes: json.byteLength };
        keep(key, entry);
        return entry;
      },
      (error: unknown) => {
        // A failed build (404, database error) is not kept: the next request tries again.
        building.delete(key);
        throw error;
      },
    );
    building.set(key, started);
    return started;
  }

  function compressed(key: string, entry: Entry, encoding: ContentEncoding): Promise<Buffer> {
    let body = entry.compressed.get(encoding);
    if (body === undefined) {
      body = compressKept(entry.json, encoding).then((done) => {
        entry.bytes += done.byteLength;
        if (kept.get(key) === entry) {
          bytes += done.byteLength;
          evict();
        }
        return done;
      });
      entry.compressed.set(encoding, body);
      // A failure is not kept either (the rejection reaches the requests that shared it).
      body.catch(() => entry.compressed.delete(encoding));
    }
    return body;
  }

  return {
    async get(key, build, encoding = null) {
      const entry = await entryOf(key, build);
      if (encoding === null || entry.json.byteLength < COMPRESSION_THRESHOLD) return { body: entry.json, encoding: null };
      return { body: await compressed(key, entry, encoding), encoding };
    },
    stats: () => ({ entries: kept.size, bytes }),
  };
}
