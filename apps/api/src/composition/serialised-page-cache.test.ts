import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { createSerialisedPageCache } from './serialised-page-cache.ts';

const builder = () => {
  const calls: string[] = [];
  const build = (key: string, json: string) => async () => {
    calls.push(key);
    return json;
  };
  return { calls, build };
};

describe('serialised page cache', () => {
  it('builds a key once and serves it again', async () => {
    const cache = createSerialisedPageCache({ maxBytes: 1_000 });
    const { calls, build } = builder();
    const first = (await cache.get('a', build('a', '{"n":"é"}'))).body;
    expect(first.toString('utf8')).toBe('{"n":"é"}');
    expect((await cache.get('a', build('a', '{"n":2}'))).body).toBe(first);
    expect(calls).toEqual(['a']);
    // Bytes on the wire: "é" is two in UTF-8.
    expect(cache.stats()).toEqual({ entries: 1, bytes: 10 });
  });

  it('shares one build among the requests that ask for it meanwhile', async () => {
    const cache = createSerialisedPageCache({ maxBytes: 1_000 });
    let release: (json: string) => void = () => {};
    let builds = 0;
    const slow = () => {
      builds += 1;
      return new Promise<string>((resolve) => {
        release = resolve;
      });
    };
    const both = Promise.all([cache.get('a', slow), cache.get('a', slow)]);
    release('{}');
    const [one, two] = await both;
    expect(one.body).toBe(two.body);
    expect(one.body.toString()).toBe('{}');
    expect(builds).toBe(1);
  });

  it('keeps no failed build: the next request builds again', async () => {
    const cache = createSerialisedPageCache({ maxBytes: 1_000 });
    await expect(
      cache.get('a', async () => {
        throw new Error('introuvable');
      }),
    ).rejects.toThrow('introuvable');
    const { calls, build } = builder();
    expect((await cache.get('a', build('a', '[]'))).body.toString()).toBe('[]');
    expect(calls).toEqual(['a']);
  });

  it('drops the least recently used entries past its bound, and never keeps one larger than it', async () => {
    // Each 10-character answer is 10 bytes: three fit in 30.
    const cache = createSerialisedPageCache({ maxBytes: 30 });
    const { calls, build } = builder();
    const page = (c: string) => c.repeat(10);
    for (const key of ['a', 'b', 'c']) await cache.get(key, build(key, page(key)));
    await cache.get('a', build('a', page('a'))); // a is now the most recent
    await cache.get('d', build('d', page('d'))); // b goes
    expect(cache.stats()).toEqual({ entries: 3, bytes: 30 });
    await cache.get('b', build('b', page('b')));
    await cache.get('a', build('a', page('a')));
    expect(calls).toEqual(['a', 'b', 'c', 'd', 'b']);
    await cache.get('huge', build('huge', 'x'.repeat(31)));
    await cache.get('huge', build('huge', 'x'.repeat(31)));
    expect(calls.filter((k) => k === 'huge')).toHaveLength(2);
    expect(cache.stats().entries).toBe(3);
  });

  it('keeps an answer compressed once per encoding asked for, counted in its bound, and sends small ones as they are', async () => {
    const cache = createSerialisedPageCache({ maxBytes: 100_000 });
    const { calls, build } = builder();
    const page = JSON.stringify({ items: Array.from({ length: 200 }, (_, i) => ({ id: i, nom: 'Communauté professionnelle' })) });
    const plain = await cache.get('a', build('a', page));
    expect(plain.encoding).toBeNull();
    const br = await cache.get('a', build('a', page), 'br');
    expect(br.encoding).toBe('br');
    expect(brotliDecompressSync(br.body).toString('utf8')).toBe(page);
    const gzip = await cache.get('a', build('a', page), 'gzip');
    expect(gunzipSync(gzip.body).toString('utf8')).toBe(page);
    expect((await cache.get('a', build('a', page), 'br')).body).toBe(br.body);
    expect(calls).toEqual(['a']);
    expect(cache.stats()).toEqual({ entries: 1, bytes: Buffer.byteLength(page) + br.body.byteLength + gzip.body.byteLength });
    // Under 1 KiB: compression would not pay, the JSON goes as it is.
    expect(await cache.get('small', build('small', '{"n":1}'), 'br')).toEqual({ body: Buffer.from('{"n":1}'), encoding: null });
  });

  it('drops an entry with its compressed copies once they pass the bound', async () => {
    const page = (c: string) => JSON.stringify({ c: c.repeat(3000) });
    const size = Buffer.byteLength(page('a'));
    const cache = createSerialisedPageCache({ maxBytes: 2 * size });
    const { calls, build } = builder();
    await cache.get('a', build('a', page('a')), 'gzip');
    await cache.get('b', build('b', page('b')));
    // a (JSON and its gzip copy) and b pass 2 × size: a, the least recent, goes.
    expect(cache.stats().entries).toBe(1);
    await cache.get('b', build('b', page('b')));
    await cache.get('a', build('a', page('a')));
    expect(calls).toEqual(['a', 'b', 'a']);
  });
});
