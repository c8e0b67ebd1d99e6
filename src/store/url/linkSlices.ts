import type { PayloadJob } from './linkEncoder';

/**
 * A link longer than this (in JSON characters) is compressed a slice at a time, at most
 * SLICE_CHARS characters per task (a few milliseconds), so that neither a step through a
 * large network nor opening the Share dialog on it waits for its link.
 */
export const SLICED_FROM_CHARS = 20_000;
const SLICE_CHARS = 8_192;
/** A slice also ends after this long (a busy machine reads fewer characters per slice). */
const SLICE_MS = 8;
const CHUNK_CHARS = 1_024;

/** One slice of `job`'s compression: the payload once it is done, else undefined. */
export function runSlice(job: PayloadJob): string | undefined {
  const deadline = Date.now() + SLICE_MS;
  let done: string | undefined;
  for (let read = 0; done === undefined && read < SLICE_CHARS; read += CHUNK_CHARS) {
    done = job.step(CHUNK_CHARS);
    if (Date.now() >= deadline) break;
  }
  return done;
}
