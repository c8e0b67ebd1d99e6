import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createAppStore } from './createAppStore';
import { defaultState } from './initialState';
import { readLink } from './url/readLink';
import { syncUrl, type UrlSyncOptions } from './url/syncUrl';

/** A browser window (with the test's timers) that records the addresses written. */
function fakeWindow() {
  const written: string[] = [];
  const location = { pathname: '/', search: '' };
  const record = (_: unknown, __: string, url?: string | URL | null) => {
    written.push(String(url));
  };
  const w = {
    location,
    history: { pushState: record, replaceState: record },
    setTimeout: (fn: () => void, ms?: number) => setTimeout(fn, ms),
    clearTimeout: (id?: ReturnType<typeof setTimeout>) => clearTimeout(id),
    addEventListener: () => undefined,
    removeEventListener: () => undefined,
  } as unknown as UrlSyncOptions['window'];
  return { w, written };
}

describe('playback in the store', () => {
  beforeEach(() => {
    vi.useFakeTimers();
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it('restarts a trace played from its end, but leaves the training scene’s cursor alone', () => {
    const { store, select } = createAppStore(defaultState());
    store.getState().toEnd();
    store.getState().setPlaying(true);
    expect(store.getState().cursor).toBe(0);
    store.getState().setScene('training');
    expect(store.getState().playing).toBe(false);
    store.getState().setCursor(select.total(store.getState()));
    store.getState().setPlaying(true);
    expect(store.getState().playing).toBe(true);
    expect(store.getState().cursor).toBe(select.total(store.getState()));
    // Leaving the scene stops its playback.
    store.getState().setScene('network');
    expect(store.getState().playing).toBe(false);
  });

  it('holds the address while training plays, and writes the iteration reached after', () => {
    const { store, select } = createAppStore({ ...defaultState(), scene: 'training' });
    const { w, written } = fakeWindow();
    const stop = syncUrl(store, { window: w, totalFor: select.total });
    written.splice(0); // the opening state, recorded in the bare entry the page opened on
    store.getState().setPlaying(true);
    for (let i = 1; i <= 50; i++) {
      store.getState().setIteration(i * 100);
      vi.advanceTimersByTime(100);
    }
    expect(written).toEqual([]);
    store.getState().setPlaying(false);
    vi.advanceTimersByTime(1000);
    expect(written).toHaveLength(1);
    const link = readLink((written[0] ?? '').slice(1));
    expect(link.ok && link.request.iteration).toBe(5000);
    expect(link.ok && link.request.scene).toBe('training');
    stop();
  });
});
