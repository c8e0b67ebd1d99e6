/** One point of the loss curves. */
export interface LossPoint {
  readonly iteration: number;
  readonly train: number;
  readonly test: number;
}

/** At most this many points are kept; older ones are thinned to every other one. */
const CAPACITY = 600;

/**
 * The train and test loss along the run, as the frames report them (one point per frame
 * whose iteration moved on). A frame at an earlier iteration than the last (a reset, a
 * new run, a suggested η applied from back there) drops the points after it. Thinned by
 * halves when full, so a long run keeps its whole shape in bounded memory.
 */
export class LossHistory {
  private points: LossPoint[] = [];

  get all(): readonly LossPoint[] {
    return this.points;
  }

  /** Adds a frame's losses; true when the curve changed. */
  add(point: LossPoint): boolean {
    const last = this.points.at(-1);
    if (last !== undefined && point.iteration === last.iteration) {
      // A new run (other data, another network) starts at the iteration shown, often 0:
      // its losses replace the old run's, or the chart kept the old numbers.
      if (sameLosses(point, last)) return false;
      this.points = this.points.filter((p) => p.iteration < point.iteration);
      this.points.push(point);
      return true;
    }
    if (last !== undefined && point.iteration < last.iteration)
      this.points = this.points.filter((p) => p.iteration < point.iteration);
    this.points.push(point);
    if (this.points.length > CAPACITY)
      this.points = this.points.filter((_, i) => i % 2 === 0 || i === this.points.length - 1);
    return true;
  }

  clear(): void {
    this.points = [];
  }
}

function sameLosses(a: LossPoint, b: LossPoint): boolean {
  return Object.is(a.train, b.train) && Object.is(a.test, b.test);
}
