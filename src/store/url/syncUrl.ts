import type { StoreApi } from 'zustand/vanilla';
import type { AppState, SourceState } from '../types';
import { applyLink } from './applyLink';
import { encodeLink, LINK_PARAM } from './compactLink';
import { LINK_KEYS, linkField, type LinkedState } from './linkFields';
import { readLink } from './readLink';

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

  const write = (state: SourceState, push: boolean) => {
    const query = linkFor(state);
    if (query === lastWritten) return;
    lastWritten = query;
    const url = `${w.location.pathname}${query}`;
    if (push) w.history.pushState(null, '', url);
    else w.history.replaceState(null, '', url);
    onWrite?.(query.slice(LINK_PARAM.length + 2));
  };

  const onPopState = () => {
    const link = readLink(w.location.search);
    if (!link.ok) return;
    const state = store.getState();
    restoring = true;
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
      if (timer !== undefined) {
        w.clearTimeout(timer);
        timer = undefined;
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
        write(store.getState(), false);
      }, REPLACE_INTERVAL_MS);
    }
  });
  return () => {
    unsubscribe();
    w.removeEventListener('popstate', onPopState);
    if (timer !== undefined) w.clearTimeout(timer);
  };
}
