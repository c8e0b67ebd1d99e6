import { shallow } from 'zustand/vanilla/shallow';
import { LINK_PARAM } from '../../store/url/compactLink';
import { createLinkEncoder } from '../../store/url/linkEncoder';
import type { LinkedState } from '../../store/url/linkFields';
import { runInSlices, SLICED_FROM_CHARS, type SliceTimers } from '../../store/url/linkSlices';

/** The teacher's screen as a link for the class, or why there is none yet. */
export type ClassLink =
  | { readonly kind: 'ready'; readonly link: string }
  | { readonly kind: 'writing' }
  /** Longer than the class takes: it was at least `atLeast` characters when writing stopped. */
  | { readonly kind: 'too-long'; readonly atLeast: number };

/**
 * The teacher's screen as the class reads it: its link (`s=1.…`) without the step, which
 * the class state carries on its own. So a step does not write the link again (12 × 64's
 * took 100–300 ms of every press, compressed in the press's task); a change of what is
 * shown writes it once, in later tasks (a long one a slice at a time), and one longer than
 * `maxChars` stops as soon as it is (a changed 12 × 64 network's half a megabyte would
 * take seconds).
 */
export interface ClassLinks {
  /** The link of `fields` (their step is not read); `ready` is called once it is written. */
  linkOf(fields: LinkedState): ClassLink;
  /** Stops a link being written. */
  dispose(): void;
}

const WRITING: ClassLink = { kind: 'writing' };

export function createClassLinks(
  ready: () => void,
  timers: SliceTimers,
  maxChars: number,
): ClassLinks {
  const encoder = createLinkEncoder();
  let shown: LinkedState | undefined;
  let link: ClassLink = WRITING;
  let stop = () => {};
  const full = (payload: string): ClassLink => {
    const text = `${LINK_PARAM}=${payload}`;
    return text.length <= maxChars
      ? { kind: 'ready', link: text }
      : { kind: 'too-long', atLeast: text.length };
  };
  return {
    linkOf(fields) {
      const next = { ...fields, cursor: 0, embed: false };
      if (shown !== undefined && shallow(shown, next)) return link;
      stop();
      shown = next;
      link = WRITING;
      const finished = (now: ClassLink) => {
        link = now;
        ready();
      };
      // Even its JSON waits for the next task: a changed 12 × 64 network's is a megabyte,
      // 30 ms that would otherwise join the task of the click that changed it.
      const prefix = `${LINK_PARAM}=`.length;
      const start = timers.setTimeout(() => {
        if (encoder.json(next).length < SLICED_FROM_CHARS) {
          finished(full(encoder.encode(next)));
          return;
        }
        stop = runInSlices(encoder.start(next), (payload) => finished(full(payload)), timers, {
          chars: maxChars - prefix,
          exceeded: (atLeast) => finished({ kind: 'too-long', atLeast: atLeast + prefix }),
        });
      }, 0);
      stop = () => timers.clearTimeout(start);
      return link;
    },
    dispose: () => stop(),
  };
}
