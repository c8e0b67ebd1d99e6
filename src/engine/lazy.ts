/**
 * Read-only collections whose elements are made when first read: a large network's trace
 * has ninety thousand steps and twice as many values, of which a person looks at a few.
 * They behave as the array and the map they stand for (indexing, `length`, `map`, `in`,
 * iteration; `get`, `has`, `size`, iteration) and never change once made.
 */

/** The index a property name stands for, if it is one below `length`. */
function indexOf(prop: string | symbol, length: number): number | undefined {
  if (typeof prop !== 'string' || prop === '' || prop.length > 10) return undefined;
  const code = prop.charCodeAt(0);
  if (code < 48 || code > 57 || (code === 48 && prop.length > 1)) return undefined;
  const index = Number(prop);
  return Number.isInteger(index) && index < length ? index : undefined;
}

/**
 * An array of `length` elements, made a run at a time: `make(index)` returns the run that
 * holds `index` (its first index and its elements), and every element of the run is kept.
 */
export function lazyArray<T>(
  length: number,
  make: (index: number) => { readonly start: number; readonly items: readonly T[] },
): readonly T[] {
  const made: T[] = new Array<T>(length);
  const at = (index: number): T | undefined => {
    if (!(index in made)) {
      const run = make(index);
      run.items.forEach((item, i) => {
        made[run.start + i] = item;
      });
    }
    return made[index];
  };
  return new Proxy(made, {
    get: (target, prop, receiver) => {
      const index = indexOf(prop, length);
      return index === undefined ? Reflect.get(target, prop, receiver) : at(index);
    },
    has: (target, prop) => indexOf(prop, length) !== undefined || Reflect.has(target, prop),
    getOwnPropertyDescriptor: (target, prop) => {
      const index = indexOf(prop, length);
      if (index === undefined) return Reflect.getOwnPropertyDescriptor(target, prop);
      return { value: at(index), writable: true, enumerable: true, configurable: true };
    },
    ownKeys: () => [...Array.from({ length }, (_, i) => String(i)), 'length'],
    set: () => false,
    deleteProperty: () => false,
    defineProperty: () => false,
  });
}

/**
 * A map whose values are looked up by `lookup` (undefined for a key it does not hold),
 * each key once; `keys` lists every key it holds, in order, for iteration and `size`.
 */
export function lazyMap<V>(
  lookup: (key: string) => V | undefined,
  keys: () => Iterable<string>,
): ReadonlyMap<string, V> {
  let size: number | undefined;
  // Each key is looked up once: a diagram reads the same few thousand keys at every step.
  const seen = new Map<string, V | undefined>();
  const get = (key: string): V | undefined => {
    if (seen.has(key)) return seen.get(key);
    const value = lookup(key);
    seen.set(key, value);
    return value;
  };
  function* entries(): Generator<[string, V], undefined> {
    for (const key of keys()) {
      const value = lookup(key);
      if (value !== undefined) yield [key, value];
    }
    return undefined;
  }
  const map: ReadonlyMap<string, V> = {
    get,
    has: (key) => get(key) !== undefined,
    get size() {
      if (size === undefined) {
        size = 0;
        for (const key of keys()) if (lookup(key) !== undefined) size += 1;
      }
      return size;
    },
    entries,
    *keys(): Generator<string, undefined> {
      for (const [key] of entries()) yield key;
      return undefined;
    },
    *values(): Generator<V, undefined> {
      for (const [, value] of entries()) yield value;
      return undefined;
    },
    forEach(visit, thisArg?: unknown) {
      for (const [key, value] of entries()) visit.call(thisArg, value, key, map);
    },
    [Symbol.iterator]: entries,
  };
  return map;
}
