import type { StoreApi } from 'zustand/vanilla';
import type { AppState, SourceState } from '../types';
import { applyLink } from './applyLink';
import { STORED_LIMIT } from '../persist';
import { decodeLink, encodeLink, LINK_PARAM, readPayloadJson } from './compactLink';
import { createLinkEncoder, type PayloadJob } from './linkEncoder';
import { LINK_KEYS, linkField, type LinkedState } from './linkFields';
import { runInSlices, SLICED_FROM_CHARS } from './linkSlices';
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

/**
 * A history entry whose state is not in its address: too large for one (its compressed
 * payload), or still being compressed when the entry was written or left (the payload's
 * JSON, which costs no compression).
 */
type HistoryEntry = { readonly [LINK_PARAM]: string } | { readonly [JSON_KEY]: string };
const JSON_KEY = 'json';

const isHeldAsJson = (entry: unknown): boolean =>
  typeof entry === 'object' && entry !== null && JSON_KEY in entry;

/** The link an entry holds: its history state, else its address. */
function linkOfEntry(search: string, entry: unknown): LinkResult {
  const held = (key: string): unknown =>
    typeof entry === 'object' && entry !== null
      ? (entry as Record<string, unknown>)[key]
      : undefined;
  const json = held(JSON_KEY);
  if (typeof json === 'string') return readPayloadJson(json);
  if (hasLink(search)) return readLink(search);
  const payload = held(LINK_PARAM);
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
  /** A view change's link being compressed in slices (or waiting to be written), and what stops it. */
  let job: { readonly payload: PayloadJob; stop: () => void; stale: boolean } | undefined;
  /**
   * An edit whose entry is written in the next task, not in the one that made it: the JSON
   * of a large network and its history entry took 35 ms of the click on Apply update
   * (12 × 64). `before`: the state the entry being left must hold, when it has not got it
   * yet (a step still waiting for its timer). Edits within the same task make one entry.
   */
  let pendingEdit: { before: SourceState | null; state: SourceState; timer: number } | undefined;
  /** A view changed while playing, and the address has not caught up with it yet. */
  let behindPlay = false;
  const stopJob = () => {
    if (job === undefined) return;
    job.stop();
    job = undefined;
  };

  /**
   * Writes the entry of `state` now (pushed for an edit): its link when that is short; else
   * its JSON, with the address bare, and its link follows a slice at a time (replaceLater).
   */
  const writeNow = (state: SourceState, push: boolean) => {
    const json = encoder.json(state);
    if (json.length < SLICED_FROM_CHARS) {
      writePayload(encoder.encode(state), push);
      return;
    }
    lastWritten = '';
    writeEntry({ [JSON_KEY]: json }, w.location.pathname, push);
  };
  const writeEntry = (entry: HistoryEntry | null, url: string, push: boolean) => {
    if (push) w.history.pushState(entry, '', url);
    else w.history.replaceState(entry, '', url);
  };
  /** A link written to the address but not yet to storage (see replaceLater). */
  let unstored: { payload: string; timer: number } | undefined;
  const storeNow = (payload: string) => {
    if (unstored !== undefined) w.clearTimeout(unstored.timer);
    unstored = undefined;
    onWrite?.(payload);
  };
  const writePayload = (payload: string, push: boolean, storeLater = false) => {
    behindPlay = false;
    const query = `?${LINK_PARAM}=${payload}`;
    if (query === lastWritten) return;
    lastWritten = query;
    // A state too large for a link (a large network, edited) would make an address that
    // no page can open: it is kept in the history entry (so Back still works) and in
    // storage, and the address shows no link.
    const fits = query.length <= MAX_LINK_LENGTH;
    writeEntry(
      fits ? null : { [LINK_PARAM]: payload },
      `${w.location.pathname}${fits ? query : ''}`,
      push,
    );
    if (!storeLater) {
      storeNow(payload);
      return;
    }
    if (unstored !== undefined) w.clearTimeout(unstored.timer);
    unstored = { payload, timer: w.setTimeout(() => storeNow(payload), 0) };
  };

  // The entry the page opened on holds the state it opened to, unless its address has a
  // link: else Back from the first edit would come to an entry with nothing to restore.
  if (!hasLink(w.location.search) && !isHeldAsJson(w.history.state))
    writeEntry(
      { [JSON_KEY]: encoder.json(store.getState()) },
      `${w.location.pathname}${w.location.search}`,
      false,
    );

  /** Writes the entry of the edit waiting for the next task, now. */
  const flushEdit = () => {
    if (pendingEdit === undefined) return;
    const { before, state } = pendingEdit;
    w.clearTimeout(pendingEdit.timer);
    pendingEdit = undefined;
    if (before !== null) writeNow(before, false);
    writeNow(state, true);
    // A large state's entry holds its JSON: its link (address and storage) follows.
    if (lastWritten === '') replaceLater(state);
  };

  const onPopState = () => {
    // Back or Forward before an edit's entry was written: the entry the browser went to wins.
    if (pendingEdit !== undefined) w.clearTimeout(pendingEdit.timer);
    pendingEdit = undefined;
    const link = linkOfEntry(w.location.search, w.history.state);
    if (!link.ok) return;
    const state = store.getState();
    restoring = true;
    stopJob();
    state.load(applyLink(state, link.request, totalFor));
    restoring = false;
    lastWritten = w.location.search;
    // An entry left while its link was being compressed holds JSON: it gets its link now.
    if (isHeldAsJson(w.history.state)) replaceLater(store.getState());
  };
  w.addEventListener('popstate', onPopState);

  const unsubscribe = store.subscribe((state, previous) => {
    if (restoring) return;
    const edited = EDITS.some((key) => state[key] !== previous[key]);
    const viewed = VIEWS.some((key) => state[key] !== previous[key]);
    if (edited) {
      if (pendingEdit !== undefined) {
        pendingEdit.state = state;
        return;
      }
      // The entry being left must hold the state just before the edit (its last step).
      let before: SourceState | null = null;
      if (timer !== undefined || job !== undefined) {
        if (timer !== undefined) w.clearTimeout(timer);
        timer = undefined;
        stopJob();
        before = previous;
      }
      pendingEdit = { before, state, timer: w.setTimeout(flushEdit, 0) };
    } else if (pendingEdit !== undefined) {
      // A view change in the same task as an edit: written with it.
      pendingEdit.state = state;
    } else if (state.playing) {
      // Encoding the whole state costs milliseconds on a big network: while playing,
      // the address catches up once playback stops (or the page is left).
      if (viewed) behindPlay = true;
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
      writeNow(state, false);
      return;
    }
    const payload = encoder.start(state);
    // The address is written in the task after the last slice, and storage in the one
    // after that: for a changed 12 × 64 network (half a megabyte of link) each took about
    // 15 ms, which with the last slice made one task of 50 ms (over 100 on a busy machine).
    const written = (done: string) => {
      const stale = job?.stale === true;
      job = undefined;
      writePayload(done, false, true);
      const latest = store.getState();
      if (stale && !latest.playing) replaceLater(latest);
    };
    const stop = runInSlices(
      payload,
      (done) => {
        const timer = w.setTimeout(() => written(done), 0);
        if (job !== undefined) job.stop = () => w.clearTimeout(timer);
      },
      w,
    );
    job = { payload, stop, stale: false };
  };

  /**
   * The page is going away (closed, reloaded, or another address): the link still being
   * compressed, or waiting for its timer, is written at once, so storage keeps the last state.
   */
  const onPageHide = () => {
    flushEdit();
    if (unstored !== undefined) storeNow(unstored.payload);
    if (timer !== undefined) {
      w.clearTimeout(timer);
      timer = undefined;
      stopJob();
      writePayload(encoder.encode(store.getState()), false);
    } else if (job !== undefined) {
      const { payload, stale } = job;
      stopJob();
      writePayload(payload.finish(), false);
      if (stale) writePayload(encoder.encode(store.getState()), false);
    } else if (behindPlay) {
      // Left while playing: the steps taken and the settings changed meanwhile are kept
      // (a reload went back to where Play was pressed).
      writePayload(encoder.encode(store.getState()), false);
    }
  };
  w.addEventListener('pagehide', onPageHide);

  return () => {
    unsubscribe();
    w.removeEventListener('popstate', onPopState);
    w.removeEventListener('pagehide', onPageHide);
    if (timer !== undefined) w.clearTimeout(timer);
    if (pendingEdit !== undefined) w.clearTimeout(pendingEdit.timer);
    if (unstored !== undefined) w.clearTimeout(unstored.timer);
    stopJob();
  };
}
