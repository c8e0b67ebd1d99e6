/**
 * Ends a `switch` over a union: the call only compiles when every case is handled, so a
 * new member of the union is a type error at each switch that forgot it.
 */
export function assertNever(value: never): never {
  throw new Error(`unhandled case: ${String(value)}`);
}
