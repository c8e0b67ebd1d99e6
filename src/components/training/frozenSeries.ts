/**
 * A copy of one of a training run's histories (the loss, or one layer's gradient norm, at
 * every iteration) from which snapshots are taken that never change afterwards.
 *
 * A snapshot is the first `length` values of a buffer that is only ever written beyond
 * the length it had when the snapshot was taken: growing moves to a buffer twice the size,
 * and going back (the run rewound) moves to a fresh copy of what is still valid. So the
 * snapshots already handed out keep their values, while following a run forwards costs
 * only the new values (a frame of training at thousands of steps per second copies a few
 * dozen numbers, not the whole history).
 */
export class FrozenSeries {
  private buffer: Float64Array;
  private size = 0;

  constructor(initialCapacity = 256) {
    this.buffer = new Float64Array(Math.max(1, initialCapacity));
  }

  get length(): number {
    return this.size;
  }

  /**
   * Makes the copy equal to `source` (the run's own, live history). Its first `unchanged`
   * values are known to be the ones already copied (the run did not go back before them);
   * everything from there on is copied again.
   */
  follow(source: Float64Array, unchanged: number): void {
    const keep = Math.max(0, Math.min(unchanged, this.size, source.length));
    const capacity = Math.max(this.buffer.length, source.length);
    if (keep < this.size || source.length > this.buffer.length) {
      // Snapshots may hold this buffer up to `size`: never write below that again.
      const next = new Float64Array(
        source.length > this.buffer.length ? Math.max(capacity, this.buffer.length * 2) : capacity,
      );
      next.set(this.buffer.subarray(0, keep));
      this.buffer = next;
    }
    this.buffer.set(source.subarray(keep), keep);
    this.size = source.length;
  }

  /** The values so far, i = 0 … length − 1; later calls to `follow` never change them. */
  snapshot(): ArrayLike<number> {
    return this.buffer.subarray(0, this.size);
  }
}
