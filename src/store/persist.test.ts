import { describe, expect, it } from 'vitest';
import { initialState } from './bootstrap';
import { LINK_PARAM } from './url/compactLink';
import { linkFor } from './url/syncUrl';
import {
  MAX_SET_ASIDE,
  SET_ASIDE_PREFIX,
  STORAGE_KEY,
  createPersister,
  readStoredState,
  setAside,
  storageWarning,
  storeState,
  withStoredStateSetAside,
  type StorageLike,
} from './persist';

/** An in-memory localStorage that can be made full or forbidden. */
class FakeStorage implements StorageLike {
  readonly items = new Map<string, string>();
  failWith: DOMException | null = null;
  get length(): number {
    return this.items.size;
  }
  key(i: number): string | null {
    return [...this.items.keys()][i] ?? null;
  }
  getItem(key: string): string | null {
    return this.items.get(key) ?? null;
  }
  setItem(key: string, value: string): void {
    if (this.failWith !== null) throw this.failWith;
    this.items.set(key, value);
  }
  removeItem(key: string): void {
    this.items.delete(key);
  }
}

const full = () => new DOMException('quota', 'QuotaExceededError');

describe('storeState', () => {
  it('says whether the state was stored, and why not', () => {
    const storage = new FakeStorage();
    expect(storeState(storage, '1.abc')).toEqual({ ok: true });
    expect(readStoredState(storage)).toBe('1.abc');
    storage.failWith = full();
    expect(storeState(storage, '1.def')).toEqual({ ok: false, failure: 'full' });
    expect(readStoredState(storage)).toBe('1.abc');
    storage.failWith = new DOMException('no', 'SecurityError');
    expect(storeState(storage, '1.def')).toEqual({ ok: false, failure: 'forbidden' });
    expect(storeState(null, '1.def')).toEqual({ ok: false, failure: 'forbidden' });
  });
});

describe('createPersister', () => {
  it('warns once while storage stays full, and again only after a write has worked', () => {
    const storage = new FakeStorage();
    const reports: string[] = [];
    const write = createPersister(storage, (failure) => {
      reports.push(failure);
      return true;
    });
    storage.failWith = full();
    for (let i = 0; i < 5; i++) write(`1.edit${i}`);
    expect(reports).toEqual(['full']);
    storage.failWith = null;
    expect(write('1.ok')).toEqual({ ok: true });
    storage.failWith = full();
    write('1.again');
    expect(reports).toEqual(['full', 'full']);
  });

  it('tries again at the next failure when the warning could not be shown yet', () => {
    const storage = new FakeStorage();
    storage.failWith = full();
    let shown = false;
    let calls = 0;
    const write = createPersister(storage, () => {
      calls++;
      return shown;
    });
    write('1.a');
    shown = true;
    write('1.b');
    write('1.c');
    expect(calls).toBe(2);
  });

  it('writes nothing when told not to keep (the unreadable original must survive)', () => {
    const storage = new FakeStorage();
    storage.items.set(STORAGE_KEY, 'corrupt');
    const write = createPersister(storage, () => true, false);
    write('1.new');
    expect(storage.getItem(STORAGE_KEY)).toBe('corrupt');
  });
});

describe('storageWarning', () => {
  it('never covers a link or file error; joins a storage notice', () => {
    const link = { source: 'link' as const, issues: [] };
    expect(storageWarning(link, 'full')).toBeUndefined();
    expect(storageWarning(null, 'full')?.issues.map((i) => i.code)).toEqual(['storage-full']);
    const aside = {
      source: 'storage' as const,
      issues: [{ path: '', code: 'stored-set-aside', message: '' }],
    };
    expect(storageWarning(aside, 'forbidden')?.issues.map((i) => i.code)).toEqual([
      'storage-forbidden',
      'stored-set-aside',
    ]);
  });
});

describe('a stored state that cannot be read', () => {
  it('is set aside under a timestamped key, keeping the newest few copies', () => {
    const storage = new FakeStorage();
    for (let i = 0; i < MAX_SET_ASIDE + 2; i++) {
      const result = setAside(storage, `raw ${i}`, new Date(Date.UTC(2025, 0, 1, 0, 0, i)));
      expect(result).toEqual({ ok: true, key: `${SET_ASIDE_PREFIX}2025-01-01T00:00:0${i}.000Z` });
    }
    const kept = [...storage.items.entries()].filter(([k]) => k.startsWith(SET_ASIDE_PREFIX));
    expect(kept.map(([, v]) => v)).toEqual(['raw 2', 'raw 3', 'raw 4']);
  });

  it('starts the default scene with a notice that says where the copy is, and the reasons', () => {
    const storage = new FakeStorage();
    storage.items.set(STORAGE_KEY, 'not a link');
    const stored = readStoredState(storage);
    const start = initialState('', ['en'], stored);
    expect(start.error?.source).toBe('storage');
    const now = new Date(Date.UTC(2025, 5, 1));
    const { state, keep } = withStoredStateSetAside(start, storage, stored, now);
    expect(keep).toBe(true);
    const key = `${SET_ASIDE_PREFIX}2025-06-01T00:00:00.000Z`;
    expect(storage.getItem(key)).toBe('not a link');
    expect(state.error?.issues[0]).toMatchObject({ code: 'stored-set-aside', params: { key } });
    expect(state.error?.issues.slice(1).map((i) => i.code)).toEqual(['link-version']);
    expect(state.network).toEqual(initialState('', ['en']).network);
  });

  it('is left untouched, and nothing stored over it, when even the copy fails', () => {
    const storage = new FakeStorage();
    storage.items.set(STORAGE_KEY, '1.damaged');
    storage.failWith = full();
    const stored = readStoredState(storage);
    const { state, keep } = withStoredStateSetAside(
      initialState('', ['en'], stored),
      storage,
      stored,
      new Date(),
    );
    expect(keep).toBe(false);
    expect(state.error?.issues[0]?.code).toBe('stored-not-set-aside');
    expect(storage.getItem(STORAGE_KEY)).toBe('1.damaged');
  });

  it('a readable stored state is restored without any notice, and nothing is set aside', () => {
    const storage = new FakeStorage();
    const kept = { ...initialState('', ['en']), scene: 'graph' as const };
    const payload = linkFor(kept).slice(`?${LINK_PARAM}=`.length);
    const start = initialState('', ['en'], payload);
    const { state, keep } = withStoredStateSetAside(start, storage, payload, new Date());
    expect(keep).toBe(true);
    expect(state.error).toBeNull();
    expect(state.scene).toBe('graph');
    expect(storage.length).toBe(0);
  });
});
