import { MAX_FILE_MB, issue, type InputIssue } from '../engine';
import type { SourceState, StateError } from './types';
import type { PayloadLimit } from './url/compactLink';

/**
 * The last state, kept in localStorage as a compact link payload, so that closing the tab
 * and coming back restores it. Storage can be missing, full or forbidden (private modes,
 * file://, sandboxed frames): every access is guarded, and every failure is reported, so
 * that the page can say that work is no longer kept (no edit is lost without a word).
 */
export const STORAGE_KEY = 'backprop-circuit:last-state';

/** Where a stored state that could not be read is copied, with the time it was set aside. */
export const SET_ASIDE_PREFIX = 'backprop-circuit:set-aside:';

/**
 * How long a kept state may be: the state of a large network outgrows a link (64 KB), so
 * it is kept here (and in the history entry) but not in the address; it is the same
 * scenario as a file, compressed, so it is held to a file's limit.
 */
export const STORED_LIMIT: PayloadLimit = {
  length: MAX_FILE_MB * 1024 * 1024,
  refusal: () =>
    issue('', 'stored-too-large', `the kept state is larger than ${MAX_FILE_MB} MB`, {
      max: MAX_FILE_MB,
    }),
};

/** Copies set aside at most; older ones are removed first. */
export const MAX_SET_ASIDE = 3;

export type StorageLike = Pick<Storage, 'getItem' | 'setItem' | 'removeItem' | 'key' | 'length'>;

/** Why something could not be stored: no room left, or storage refused altogether. */
export type StorageFailure = 'full' | 'forbidden';

export type StoreOutcome =
  { readonly ok: true } | { readonly ok: false; readonly failure: StorageFailure };

export function readStoredState(storage: StorageLike | null): string | null {
  try {
    return storage?.getItem(STORAGE_KEY) ?? null;
  } catch {
    return null;
  }
}

/** QuotaExceededError (and Firefox's older name for it) means full; anything else, forbidden. */
function failureOf(error: unknown): StorageFailure {
  if (!(error instanceof DOMException)) return 'forbidden';
  const full =
    error.name === 'QuotaExceededError' ||
    error.name === 'NS_ERROR_DOM_QUOTA_REACHED' ||
    error.code === 22 ||
    error.code === 1014;
  return full ? 'full' : 'forbidden';
}

function put(storage: StorageLike | null, key: string, value: string): StoreOutcome {
  if (storage === null) return { ok: false, failure: 'forbidden' };
  try {
    storage.setItem(key, value);
    return { ok: true };
  } catch (error) {
    return { ok: false, failure: failureOf(error) };
  }
}

/** Stores the state's payload and says whether it worked. Never throws. */
export function storeState(storage: StorageLike | null, payload: string): StoreOutcome {
  return put(storage, STORAGE_KEY, payload);
}

/** The keys of set-aside copies, oldest first (their suffix is an ISO time). */
function setAsideKeys(storage: StorageLike): string[] {
  const keys: string[] = [];
  for (let i = 0; i < storage.length; i++) {
    const key = storage.key(i);
    if (key?.startsWith(SET_ASIDE_PREFIX)) keys.push(key);
  }
  return keys.sort();
}

/**
 * Copies a stored state that could not be read under `SET_ASIDE_PREFIX` + the time, so
 * that nothing is destroyed when the app stores its new state over it. Keeps the newest
 * {@link MAX_SET_ASIDE} copies. Returns the key, or the failure. Never throws.
 */
export function setAside(
  storage: StorageLike | null,
  raw: string,
  now: Date,
): { readonly ok: true; readonly key: string } | { readonly ok: false } {
  const key = `${SET_ASIDE_PREFIX}${now.toISOString()}`;
  if (!put(storage, key, raw).ok || storage === null) return { ok: false };
  try {
    const keys = setAsideKeys(storage);
    for (const old of keys.slice(0, Math.max(0, keys.length - MAX_SET_ASIDE)))
      storage.removeItem(old);
  } catch {
    // Old copies that cannot be removed stay; the new one is kept either way.
  }
  return { ok: true, key };
}

/**
 * The start state with a stored state that could not be read set aside: `initialState`
 * marks it with a `storage` error carrying the reasons; here the raw text is copied
 * aside and the notice says where. `keep` is false when even the copy failed: then the
 * original must not be stored over, so nothing is written this session.
 */
export function withStoredStateSetAside(
  state: SourceState,
  storage: StorageLike | null,
  stored: string | null,
  now: Date,
): { readonly state: SourceState; readonly keep: boolean } {
  if (state.error?.source !== 'storage' || stored === null) return { state, keep: true };
  const reasons = state.error.issues;
  const aside = setAside(storage, stored, now);
  const notice = aside.ok
    ? issue('', 'stored-set-aside', `the stored state was set aside under ${aside.key}`, {
        key: aside.key,
      })
    : issue('', 'stored-not-set-aside', 'the stored state could not be read or set aside', {});
  return {
    state: { ...state, error: { source: 'storage', issues: [notice, ...reasons] } },
    keep: aside.ok,
  };
}

/**
 * Writes every payload while `keep` holds, and calls `report` when storing fails: once,
 * and again only after a write has worked in between (so a full storage does not repeat
 * its warning on every edit). `report` returns false when the warning could not be shown
 * yet (another message is on screen): then the next failure tries again.
 */
export function createPersister(
  storage: StorageLike | null,
  report: (failure: StorageFailure) => boolean,
  keep = true,
): (payload: string) => StoreOutcome {
  let warned = false;
  return (payload) => {
    if (!keep) return { ok: false, failure: 'forbidden' };
    const outcome = storeState(storage, payload);
    if (outcome.ok) warned = false;
    else if (!warned) warned = report(outcome.failure);
    return outcome;
  };
}

/**
 * The error to show when storing failed, given the one on screen: a link or file error
 * stays (undefined: not shown yet); a storage notice gains the new issue.
 */
export function storageWarning(
  current: StateError | null,
  failure: StorageFailure,
): StateError | undefined {
  if (current !== null && current.source !== 'storage') return undefined;
  const code = failure === 'full' ? 'storage-full' : 'storage-forbidden';
  const added: InputIssue = issue('', code, `the state could not be stored (${failure})`, {});
  const kept = (current?.issues ?? []).filter(
    (i) => i.code !== 'storage-full' && i.code !== 'storage-forbidden',
  );
  return { source: 'storage', issues: [added, ...kept] };
}

/** localStorage, or null where reading the property itself throws (sandboxed frames). */
export function browserStorage(): StorageLike | null {
  try {
    return window.localStorage;
  } catch {
    return null;
  }
}
