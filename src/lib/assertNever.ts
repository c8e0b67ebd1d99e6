/**
 * The end of an exhaustive `switch` over a union: `default: return assertNever(x)`. It
 * only type-checks when every member of the union has its own case, so a member added
 * later is a compile error at every switch that forgets it. Pure, so the engine and the
 * UI both use it; reaching it at run time means data bypassed its type, and it throws.
 */
export function assertNever(value: never): never {
  throw new Error(`Unexpected value: ${JSON.stringify(value) ?? String(value)}`);
}
