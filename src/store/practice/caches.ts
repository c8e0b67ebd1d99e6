/** Memo caches for the practice selectors, keyed weakly by the objects they derive from. */

/** A cache keyed by two objects. */
export function pairCache<A extends object, B extends object, T>(build: (a: A, b: B) => T) {
  const cache = new WeakMap<A, WeakMap<B, T>>();
  return (a: A, b: B): T => {
    let inner = cache.get(a);
    if (inner === undefined) {
      inner = new WeakMap();
      cache.set(a, inner);
    }
    let value = inner.get(b);
    if (value === undefined) {
      value = build(a, b);
      inner.set(b, value);
    }
    return value;
  };
}

/** A cache keyed by one object. */
export function cache<A extends object, T>(build: (a: A) => T) {
  const values = new WeakMap<A, T>();
  return (a: A): T => {
    let value = values.get(a);
    if (value === undefined) {
      value = build(a);
      values.set(a, value);
    }
    return value;
  };
}
