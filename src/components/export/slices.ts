/**
 * How a long export shares the page: it works in slices of about {@link SLICE_MS} and
 * waits for `pause` between them (the next task, by default), telling `progress` how far
 * it is (0 … 1). A 12 × 64 network's trace has 94,337 steps: written in one task, its CSV
 * froze the page for 6 s.
 */
export interface Slicing {
  readonly pause?: () => Promise<void>;
  readonly now?: () => number;
  readonly progress?: (done: number) => void;
}

const SLICE_MS = 12;
const nextTask = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

/** Runs `work(i)` for i = 0 … count − 1, a slice at a time (see {@link Slicing}). */
export async function inSlices(
  count: number,
  work: (i: number) => void,
  slicing: Slicing,
): Promise<void> {
  const { pause = nextTask, now = () => performance.now(), progress } = slicing;
  let deadline = now() + SLICE_MS;
  for (let i = 0; i < count; i++) {
    work(i);
    if (i + 1 < count && now() >= deadline) {
      progress?.((i + 1) / count);
      await pause();
      deadline = now() + SLICE_MS;
    }
  }
  progress?.(1);
}
