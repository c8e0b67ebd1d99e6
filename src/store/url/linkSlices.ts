import type { PayloadJob } from './linkEncoder';

/**
 * A link longer than this (in JSON characters) is compressed a slice at a time, at most
 * SLICE_CHARS characters per task (a few milliseconds), so that neither a step through a
 * large network nor opening the Share dialog on it waits for its link.
 */
export const SLICED_FROM_CHARS = 20_000;
const SLICE_CHARS = 8_192;
/**
 * A slice also ends after this long. A machine busy with other work runs each character
 * slower, and the deadline is what keeps its slices short: 8 ms with 1,024-character reads
 * measured 40–65 ms slices on one loaded core.
 */
const SLICE_MS = 4;
const CHUNK_CHARS = 256;

/** One slice of `job`'s compression: the payload once it is done, else undefined. */
export function runSlice(job: PayloadJob): string | undefined {
  const deadline = performance.now() + SLICE_MS;
  let done: string | undefined;
  for (let read = 0; done === undefined && read < SLICE_CHARS; read += CHUNK_CHARS) {
    done = job.step(CHUNK_CHARS);
    if (performance.now() >= deadline) break;
  }
  return done;
}

/** The timers a sliced job runs on (a window, or a fake one in the tests). */
export interface SliceTimers {
  setTimeout(run: () => void, ms: number): number;
  clearTimeout(id: number): void;
}

/** A length the payload is not wanted beyond, and what to do once it is past it. */
export interface SliceLimit {
  readonly chars: number;
  exceeded(atLeast: number): void;
}

/**
 * Runs `job` a slice per task and calls `done` with its payload in the task of its last
 * slice; with a `limit`, stops as soon as the payload is longer (the output only grows)
 * and says so instead. Returns what stops it (neither is then called).
 */
export function runInSlices(
  job: PayloadJob,
  done: (payload: string) => void,
  timers: SliceTimers,
  limit?: SliceLimit,
): () => void {
  let timer: number;
  const next = () => {
    const payload = runSlice(job);
    if (payload !== undefined && (limit === undefined || payload.length <= limit.chars))
      done(payload);
    else if (limit !== undefined && job.written > limit.chars) limit.exceeded(job.written);
    else timer = timers.setTimeout(next, 0);
  };
  timer = timers.setTimeout(next, 0);
  return () => timers.clearTimeout(timer);
}
