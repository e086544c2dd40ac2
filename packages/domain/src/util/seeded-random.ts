/**
 * A deterministic pseudo-random generator (mulberry32, Tommy Ettinger's 32-bit generator): the
 * same seed always gives the same numbers in [0, 1). For generated demo data, fuzzing and
 * benchmarks, so every run is reproducible — never for anything secret (use node:crypto).
 */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}
