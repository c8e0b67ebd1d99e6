/**
 * A small seeded generator, passed in wherever randomness is needed; nothing patches
 * `Math.random`. mulberry32: 32 bits of state, fast, and the same sequence on every
 * JavaScript engine because it only uses 32-bit integer arithmetic.
 */
export type Random = () => number;

/** Returns a generator of numbers in [0, 1) fully determined by `seed`. */
export function mulberry32(seed: number): Random {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
