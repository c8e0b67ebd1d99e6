import type { Random } from '../random';

/**
 * Friendly numbers for variants: multiples of 0.1 or whole numbers, drawn from a seeded
 * generator, so that the same variant number gives everyone the same numbers.
 */

/** The largest variant number; links carry `variant=N` with 0 ≤ N ≤ this. */
export const VARIANT_MAX = 2 ** 31 - 1;

/** Whether `n` can be a variant number (a link reader checks this before drawing). */
export function isVariantNumber(n: unknown): n is number {
  return typeof n === 'number' && Number.isInteger(n) && n >= 0 && n <= VARIANT_MAX;
}

/**
 * The generator seed of a variant: the number through MurmurHash3's 32-bit finaliser, so
 * that neighbouring variants (row 1, row 2, …) start from unrelated states. Throws a
 * RangeError for a number a link reader should have refused.
 */
export function variantSeed(variant: number): number {
  if (!isVariantNumber(variant)) {
    throw new RangeError(`a variant is an integer from 0 to ${VARIANT_MAX}, not ${variant}`);
  }
  let h = variant >>> 0;
  h = Math.imul(h ^ (h >>> 16), 0x85ebca6b);
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35);
  return (h ^ (h >>> 16)) >>> 0;
}

/** A whole number from `min` to `max`, both included. */
export function integerIn(random: Random, min: number, max: number): number {
  return min + Math.floor(random() * (max - min + 1));
}

/** A multiple of 0.1 from −limit to limit (limit in tenths), 0 left out when `nonZero`. */
export function tenths(random: Random, limitTenths: number, nonZero = false): number {
  if (nonZero) {
    const magnitude = integerIn(random, 1, limitTenths);
    return (random() < 0.5 ? -magnitude : magnitude) / 10;
  }
  const value = integerIn(random, -limitTenths, limitTenths) / 10;
  return value === 0 ? 0 : value;
}

/** `value` rounded to two significant digits (137 → 140), for whole numbers of any size. */
export function twoSignificant(value: number): number {
  if (value === 0) return 0;
  const step = 10 ** Math.max(0, Math.floor(Math.log10(Math.abs(value))) - 1);
  return Math.round(value / step) * step;
}
