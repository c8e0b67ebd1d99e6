import { useEffect, useMemo, useState } from 'react';
import { LINK_PARAM } from '../../store/url/compactLink';
import { createLinkEncoder } from '../../store/url/linkEncoder';
import type { LinkedState } from '../../store/url/linkFields';
import { runSlice, SLICED_FROM_CHARS } from '../../store/url/linkSlices';

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
    let job = states[0] === undefined ? null : encoder.start(states[0]);
    let timer: ReturnType<typeof setTimeout> | undefined;
    const next = () => {
      if (job === null) return;
      const done = runSlice(job);
      if (done !== undefined) {
        links.push(`?${LINK_PARAM}=${done}`);
        const following = states[links.length];
        job = following === undefined ? null : encoder.start(following);
        if (job === null) {
          setSliced({ for: states, links });
          return;
        }
      }
      timer = setTimeout(next, 0);
    };
    timer = setTimeout(next, 0);
    return () => clearTimeout(timer);
  }, [encoder, long, states]);
  if (now !== null) return now;
  return sliced !== null && sliced.for === states ? sliced.links : null;
}
