import type { Random } from '../random';

/** A number drawn uniformly from [lo, hi). */
export function uniform(random: Random, lo: number, hi: number): number {
  return lo + (hi - lo) * random();
}

/**
 * A normal draw with the given mean and standard deviation (Box–Muller: two uniforms,
 * one normal; the first uniform is kept away from 0 so that the logarithm is finite).
 */
export function normal(random: Random, mean: number, sd: number): number {
  const u = 1 - random(); // (0, 1]
  const v = random();
  return mean + sd * Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v);
}

/** Fisher–Yates shuffle in place, driven by `random`. */
export function shuffleInPlace<T>(items: T[], random: Random): T[] {
  for (let i = items.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    const t = items[i] as T;
    items[i] = items[j] as T;
    items[j] = t;
  }
  return items;
}

/** `value` limited to [lo, hi]. */
export function clamp(value: number, lo: number, hi: number): number {
  return value < lo ? lo : value > hi ? hi : value;
}
