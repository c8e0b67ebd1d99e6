/**
 * The last state, kept in localStorage as a compact link payload, so that closing the tab
 * and coming back restores it. Storage can be missing, full or forbidden (private modes,
 * file://): every access is guarded and failure just means nothing is kept.
 */
export const STORAGE_KEY = 'backprop-circuit:last-state';

export type StorageLike = Pick<Storage, 'getItem' | 'setItem'>;

export function readStoredState(storage: StorageLike | null): string | null {
  try {
    return storage?.getItem(STORAGE_KEY) ?? null;
  } catch {
    return null;
  }
}

export function storeState(storage: StorageLike | null, payload: string): void {
  try {
    storage?.setItem(STORAGE_KEY, payload);
  } catch {
    // Quota exceeded or storage forbidden: the app works on without it.
  }
}

/** localStorage, or null where reading the property itself throws (sandboxed frames). */
export function browserStorage(): StorageLike | null {
  try {
    return window.localStorage;
  } catch {
    return null;
  }
}
