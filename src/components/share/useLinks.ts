import { useEffect, useMemo, useState } from 'react';
import { LINK_PARAM } from '../../store/url/compactLink';
import { createLinkEncoder } from '../../store/url/linkEncoder';
import type { LinkedState } from '../../store/url/linkFields';
import { runInSlices, SLICED_FROM_CHARS } from '../../store/url/linkSlices';

/**
 * The links (`?s=…`) of `states`, for the Share dialog: at once when they are short; a
 * large network's (45,000 weights take half a second to compress) a slice at a time in
 * later tasks, and null until they are all done, so that the dialog opens at once.
 */
export function useLinks(states: readonly LinkedState[]): string[] | null {
  const encoder = useMemo(() => createLinkEncoder(), []);
  const long = useMemo(
    () => states.reduce((sum, s) => sum + encoder.json(s).length, 0) >= SLICED_FROM_CHARS,
    [encoder, states],
  );
  const now = useMemo(
    () => (long ? null : states.map((s) => `?${LINK_PARAM}=${encoder.encode(s)}`)),
    [encoder, long, states],
  );
  const [sliced, setSliced] = useState<{ for: readonly LinkedState[]; links: string[] } | null>(
    null,
  );
  useEffect(() => {
    if (!long) return undefined;
    const links: string[] = [];
    let stop = () => {};
    // One link after another, each a slice per task.
    const start = (state: LinkedState | undefined) => {
      if (state === undefined) {
        setSliced({ for: states, links });
        return;
      }
      stop = runInSlices(
        encoder.start(state),
        (payload) => {
          links.push(`?${LINK_PARAM}=${payload}`);
          start(states[links.length]);
        },
        window,
      );
    };
    start(states[0]);
    return () => stop();
  }, [encoder, long, states]);
  if (now !== null) return now;
  return sliced !== null && sliced.for === states ? sliced.links : null;
}
