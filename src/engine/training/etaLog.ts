/**
 * The learning rate's log in the gradient-descent scene: "from iteration `from` on, step
 * with η = `eta`". Before the first entry the network's own `learningRate` is used, so an
 * empty log is the run as it has always been (and links without a log replay the same θ,
 * bit for bit). A change made at iteration t is recorded from t on and training goes on
 * from θᵗ instead of restarting from θ⁰.
 */
export interface EtaChange {
  /** The first step (θ^from → θ^(from+1)) taken with this η. */
  readonly from: number;
  /** η > 0. */
  readonly eta: number;
}

/** The most entries a log keeps (older ones are merged away first). */
export const MAX_ETA_CHANGES = 64;

/** η of step t → t + 1: the last entry with `from` ≤ t, else `base`. */
export function etaAt(base: number, log: readonly EtaChange[], t: number): number {
  let eta = base;
  for (const change of log) {
    if (change.from > t) break;
    eta = change.eta;
  }
  return eta;
}

/** Where the η in force at t took effect: the last entry's `from` ≤ t, else 0. */
export function segmentStart(log: readonly EtaChange[], t: number): number {
  let start = 0;
  for (const change of log) {
    if (change.from > t) break;
    start = change.from;
  }
  return start;
}

/**
 * The log with η = `eta` from iteration `t` on: entries from t on are dropped (the future
 * is rewritten), an entry equal to the η already in force is not added.
 */
export function changeEta(
  base: number,
  log: readonly EtaChange[],
  t: number,
  eta: number,
): EtaChange[] {
  const kept = log.filter((c) => c.from < t);
  if (etaAt(base, kept, t) === eta) return kept;
  return [...kept, { from: t, eta }].slice(-MAX_ETA_CHANGES);
}

/**
 * The first iteration whose step may differ between two logs over the same base η:
 * Infinity when they give every step the same η.
 */
export function firstDifference(
  base: number,
  a: readonly EtaChange[],
  b: readonly EtaChange[],
): number {
  const points = [...a, ...b].map((c) => c.from).sort((x, y) => x - y);
  for (const t of points) if (etaAt(base, a, t) !== etaAt(base, b, t)) return t;
  return Infinity;
}

/**
 * True for a log a run can follow: whole, increasing `from`s ≥ 0 and finite η > 0, at
 * most {@link MAX_ETA_CHANGES} entries.
 */
export function isEtaLog(log: readonly EtaChange[]): boolean {
  return (
    log.length <= MAX_ETA_CHANGES &&
    log.every(
      (c, i) =>
        Number.isSafeInteger(c.from) &&
        c.from >= 0 &&
        Number.isFinite(c.eta) &&
        c.eta > 0 &&
        (i === 0 || c.from > (log[i - 1] as EtaChange).from),
    )
  );
}
