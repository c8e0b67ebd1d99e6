/**
 * True when `JSON.stringify(a) === JSON.stringify(b)`: the test for a link field at its
 * default. Found without writing either text, so that a difference early on (a network's
 * layer sizes) ends it at once: writing a large network twice to compare it with the
 * lecture's took a third of the first link written after opening it.
 *
 * JSON's own rules are kept: numbers that are not finite write `null`; a key whose value
 * is undefined is left out of an object, and undefined in an array writes `null`; keys are
 * compared in order, as the texts would be. A value with its own `toJSON` is written.
 */
export function sameJson(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (ownJson(a) || ownJson(b)) return JSON.stringify(a) === JSON.stringify(b);
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null)
    return samePrimitive(a, b);
  const arrays = Array.isArray(a);
  if (arrays !== Array.isArray(b)) return false;
  if (arrays) return sameItems(a as readonly unknown[], b as readonly unknown[]);
  return sameEntries(
    a as Readonly<Record<string, unknown>>,
    b as Readonly<Record<string, unknown>>,
  );
}

const ownJson = (v: unknown): boolean => typeof v === 'object' && v !== null && 'toJSON' in v;

/** What JSON writes for a value that is not an object (undefined: nothing). */
const written = (v: unknown): unknown => {
  if (typeof v === 'number') return Number.isFinite(v) ? v : null;
  if (typeof v === 'function' || typeof v === 'symbol') return undefined;
  return v;
};

function samePrimitive(a: unknown, b: unknown): boolean {
  // An object against a primitive never writes the same (an empty object is `{}`).
  if ((typeof a === 'object' && a !== null) || (typeof b === 'object' && b !== null)) return false;
  if (typeof a === 'bigint' || typeof b === 'bigint')
    return JSON.stringify(a) === JSON.stringify(b);
  return written(a) === written(b);
}

function sameItems(a: readonly unknown[], b: readonly unknown[]): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) {
    // In an array, what an object key would leave out is written as null.
    const x = written(a[i]) === undefined ? null : a[i];
    const y = written(b[i]) === undefined ? null : b[i];
    if (!sameJson(x, y)) return false;
  }
  return true;
}

function sameEntries(
  a: Readonly<Record<string, unknown>>,
  b: Readonly<Record<string, unknown>>,
): boolean {
  const keysA = writtenKeys(a);
  const keysB = writtenKeys(b);
  if (keysA.length !== keysB.length) return false;
  for (let i = 0; i < keysA.length; i++) {
    const key = keysA[i] as string;
    if (key !== keysB[i] || !sameJson(a[key], b[key])) return false;
  }
  return true;
}

const writtenKeys = (o: Readonly<Record<string, unknown>>): string[] =>
  Object.keys(o).filter((key) => {
    const v = o[key];
    return (typeof v === 'object' && v !== null) || written(v) !== undefined;
  });
