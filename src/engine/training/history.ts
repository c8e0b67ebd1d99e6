/**
 * Histories of a training run. A {@link Series} keeps one number per iteration in a typed
 * array that doubles when full, so a run of a million steps costs a few reallocations.
 * {@link Checkpoints} keep whole parameter vectors at a stride that doubles whenever they
 * fill up, so their memory is bounded however long the run: the first `capacity`
 * iterations are all kept, later ones every 2nd, 4th, … iteration.
 */
export class Series {
  private data: Float64Array;
  private size = 0;

  constructor(initialCapacity = 256) {
    this.data = new Float64Array(Math.max(1, initialCapacity));
  }

  get length(): number {
    return this.size;
  }

  push(value: number): void {
    if (this.size === this.data.length) {
      const grown = new Float64Array(this.data.length * 2);
      grown.set(this.data);
      this.data = grown;
    }
    this.data[this.size++] = value;
  }

  at(i: number): number {
    return i >= 0 && i < this.size ? (this.data[i] as number) : NaN;
  }

  /** Forgets everything from position `length` on. */
  truncate(length: number): void {
    this.size = Math.max(0, Math.min(this.size, length));
  }

  /** A read-only view of the values (valid until the next push or truncate). */
  view(): Float64Array {
    return this.data.subarray(0, this.size);
  }
}

export class Checkpoints {
  /** Iteration of each kept entry, ascending; always starts with 0. */
  private readonly iterations: number[] = [];
  private readonly values: Float64Array;
  private stride = 1;

  constructor(
    private readonly width: number,
    private readonly capacity = 512,
  ) {
    if (capacity < 2) throw new RangeError('checkpoints need a capacity of at least 2');
    this.values = new Float64Array(width * capacity);
  }

  /** True when `record(iteration, …)` would keep the entry (so the caller can skip copying). */
  wants(iteration: number): boolean {
    return iteration % this.stride === 0;
  }

  /** Keeps `theta` (the parameters at `iteration`) if the iteration is on the stride. */
  record(iteration: number, theta: Float64Array): void {
    if (iteration % this.stride !== 0) return;
    const last = this.iterations[this.iterations.length - 1];
    if (last !== undefined && iteration <= last) return;
    while (this.iterations.length >= this.capacity) {
      this.compact();
      if (iteration % this.stride !== 0) return;
    }
    this.values.set(theta, this.iterations.length * this.width);
    this.iterations.push(iteration);
  }

  /** Drops every entry after `iteration`. */
  truncate(iteration: number): void {
    while (this.iterations.length > 1 && (this.iterations.at(-1) as number) > iteration)
      this.iterations.pop();
  }

  /** The kept iteration closest to `iteration` from below, with its parameters. */
  latest(iteration: number): { iteration: number; theta: Float64Array } {
    let i = this.iterations.length - 1;
    while (i > 0 && (this.iterations[i] as number) > iteration) i--;
    return { iteration: this.iterations[i] ?? 0, theta: this.row(i) };
  }

  /** The kept iterations and, for each, the value of parameter `index`. */
  trace(index: number): { iterations: number[]; values: number[] } {
    return {
      iterations: this.iterations.slice(),
      values: this.iterations.map((_, i) => this.values[i * this.width + index] as number),
    };
  }

  private row(i: number): Float64Array {
    return this.values.subarray(i * this.width, (i + 1) * this.width);
  }

  /** Keeps every other entry (those on the doubled stride) and doubles the stride. */
  private compact(): void {
    this.stride *= 2;
    let kept = 0;
    for (let i = 0; i < this.iterations.length; i++) {
      const iteration = this.iterations[i] as number;
      if (iteration % this.stride !== 0) continue;
      if (kept !== i)
        this.values.copyWithin(kept * this.width, i * this.width, (i + 1) * this.width);
      this.iterations[kept++] = iteration;
    }
    this.iterations.length = kept;
  }
}
