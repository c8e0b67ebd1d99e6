import type { StoreApi } from 'zustand/vanilla';
import type { AppState, SourceState } from '../types';
import { applyLink } from './applyLink';
import { STORED_LIMIT } from '../persist';
import { decodeLink, encodeLink, LINK_PARAM } from './compactLink';
import { createLinkEncoder, type PayloadJob } from './linkEncoder';
import { LINK_KEYS, linkField, type LinkedState } from './linkFields';
import { runSlice, SLICED_FROM_CHARS } from './linkSlices';
import { MAX_LINK_LENGTH, type LinkResult } from './readableLink';
import { hasLink, readLink } from './readLink';

/** Browsers throttle history updates; stepping and playback write at most this often. */
const REPLACE_INTERVAL_MS = 250;
export interface UrlSyncOptions {
  readonly window: Pick<
    Window,
    | 'location'
    | 'history'
    | 'setTimeout'
    | 'clearTimeout'
    | 'addEventListener'
    | 'removeEventListener'
  >;
  /** Totals of traces, to clamp a restored step. */
  readonly totalFor: (state: SourceState) => number;
  /** Called with every link written, e.g. to keep it in localStorage. */
  readonly onWrite?: (payload: string) => void;
}

/** The fields whose change is an edit (a new history entry), and the view changes. */
const EDITS = LINK_KEYS.filter((key) => linkField(key).change === 'edit');
const VIEWS = LINK_KEYS.filter((key) => linkField(key).change === 'view');

/** A history entry whose state was too large for its address. */
type HistoryEntry = { readonly [LINK_PARAM]: string };

/** The link an entry holds: its address, or (a state too large for one) its history state. */
function linkOfEntry(search: string, entry: unknown): LinkResult {
  if (hasLink(search)) return readLink(search);
  const payload: unknown =
    typeof entry === 'object' && entry !== null
      ? (entry as Record<string, unknown>)[LINK_PARAM]
      : undefined;
  return typeof payload === 'string' ? decodeLink(payload, STORED_LIMIT) : readLink(search);
}

/** The query string of the compact link for a state. */
export function linkFor(state: LinkedState): string {
  return `?${LINK_PARAM}=${encodeLink(state)}`;
}

/**
 * Keeps the address bar equal to the state. Deliberate edits (a new scenario: the fields
 * linkFields.ts calls edits) push a history entry, so Back undoes an edit; stepping,
 * playback and the other view changes replace the current entry (throttled). Back and Forward load the state of their entry.
 * Returns the function that stops syncing.
 */
export function syncUrl(
  store: StoreApi<AppState>,
  { window: w, onWrite, totalFor }: UrlSyncOptions,
): () => void {
  let timer: number | undefined;
  let lastWritten = '';
  let restoring = false;
  const encoder = createLinkEncoder();
  /** A view change's link being compressed in slices, and the timer of its next slice. */
  let job: { readonly payload: PayloadJob; slice: number; stale: boolean } | undefined;
  const stopJob = () => {
    if (job === undefined) return;
    w.clearTimeout(job.slice);
    job = undefined;
  };

  const write = (state: SourceState, push: boolean) => {
    writePayload(encoder.encode(state), push);
  };
  const writePayload = (payload: string, push: boolean) => {
    const query = `?${LINK_PARAM}=${payload}`;
    if (query === lastWritten) return;
    lastWritten = query;
    // A state too large for a link (a large network, edited) would make an address that
    // no page can open: it is kept in the history entry (so Back still works) and in
    // storage, and the address shows no link.
    const fits = query.length <= MAX_LINK_LENGTH;
    const url = `${w.location.pathname}${fits ? query : ''}`;
    const entry: HistoryEntry | null = fits ? null : { [LINK_PARAM]: payload };
    if (push) w.history.pushState(entry, '', url);
    else w.history.replaceState(entry, '', url);
    onWrite?.(payload);
  };

  const onPopState = () => {
    const link = linkOfEntry(w.location.search, w.history.state);
    if (!link.ok) return;
    const state = store.getState();
    restoring = true;
    stopJob();
    state.load(applyLink(state, link.request, totalFor));
    restoring = false;
    lastWritten = w.location.search;
  };
  w.addEventListener('popstate', onPopState);

  const unsubscribe = store.subscribe((state, previous) => {
    if (restoring) return;
    const edited = EDITS.some((key) => state[key] !== previous[key]);
    const viewed = VIEWS.some((key) => state[key] !== previous[key]);
    if (edited) {
      // The entry being left must hold the state just before the edit (its last step).
      if (timer !== undefined || job !== undefined) {
        if (timer !== undefined) w.clearTimeout(timer);
        timer = undefined;
        stopJob();
        write(previous, false);
      }
      write(state, true);
    } else if (state.playing) {
      // Encoding the whole state costs milliseconds on a big network: while playing,
      // the address catches up once playback stops.
      return;
    } else if ((viewed || previous.playing) && timer === undefined) {
      timer = w.setTimeout(() => {
        timer = undefined;
        // Playing since (a change of speed, then Play): the address waits for the pause.
        const latest = store.getState();
        if (!latest.playing) replaceLater(latest);
      }, REPLACE_INTERVAL_MS);
    }
  });

  /**
   * Replaces the entry with the link of `state`: at once when it is short, else a slice
   * at a time; a newer state waits for the link being compressed, then the latest state is
   * written in turn.
   */
  const replaceLater = (state: SourceState) => {
    if (job !== undefined) {
      job.stale = true;
      return;
    }
    if (encoder.json(state).length < SLICED_FROM_CHARS) {
      write(state, false);
      return;
    }
    const payload = encoder.start(state);
    const next = () => {
      const done = runSlice(payload);
      if (done === undefined) {
        if (job !== undefined) job.slice = w.setTimeout(next, 0);
        return;
      }
      const stale = job?.stale === true;
      job = undefined;
      writePayload(done, false);
      const latest = store.getState();
      if (stale && !latest.playing) replaceLater(latest);
    };
    job = { payload, slice: w.setTimeout(next, 0), stale: false };
  };

  return () => {
    unsubscribe();
    w.removeEventListener('popstate', onPopState);
    if (timer !== undefined) w.clearTimeout(timer);
    stopJob();
  };
}
