/**
 * Buffers handed back by the page after drawing, kept for the next frames so that a
 * worker shipping maps 60 times a second does not allocate half a megabyte each time.
 */
export class BufferPool {
  private readonly free = new Map<number, ArrayBuffer[]>();
  /** At most this many spare buffers of one size are kept. */
  private static readonly KEEP = 4;

  /** Keeps buffers for reuse (a detached or odd-sized one is simply dropped). */
  give(buffers: readonly ArrayBuffer[] | undefined): void {
    for (const buffer of buffers ?? []) {
      if (!(buffer instanceof ArrayBuffer) || buffer.byteLength === 0) continue;
      const list = this.free.get(buffer.byteLength) ?? [];
      if (list.length < BufferPool.KEEP) list.push(buffer);
      this.free.set(buffer.byteLength, list);
    }
  }

  /** A float32 array of `length`, on a recycled buffer when one of that size is free. */
  float32(length: number): Float32Array {
    const buffer = this.free.get(length * 4)?.pop();
    return buffer === undefined ? new Float32Array(length) : new Float32Array(buffer);
  }
}
