/**
 * The end of a `switch` over a union: it compiles only when every case is handled, and
 * throws if a value outside the union reaches it at run time anyway.
 */
export function assertNever(value: never): never {
  throw new Error(`unexpected value ${String(value)}`);
}
