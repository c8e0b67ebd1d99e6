/**
 * Waiting in the class server's tests: poll a condition until it holds, with a generous
 * limit (the machine may be loaded), and fail with what was awaited. Never a fixed sleep.
 */

/** Resolves once `check` returns true (or a value other than false/undefined/null). */
export async function waitFor<T>(
  what: string,
  check: () => T | false | undefined | null | Promise<T | false | undefined | null>,
  timeoutMs = 20_000,
): Promise<T> {
  const until = Date.now() + timeoutMs;
  let last: unknown = null;
  for (;;) {
    try {
      const value = await check();
      if (value !== false && value !== undefined && value !== null) return value;
    } catch (error) {
      last = error;
    }
    if (Date.now() > until)
      throw new Error(
        `timed out after ${timeoutMs} ms waiting for ${what}${last instanceof Error ? `: ${last.message}` : ''}`,
      );
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
}
