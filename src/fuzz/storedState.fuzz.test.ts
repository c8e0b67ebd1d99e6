import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { initialState } from '../store/bootstrap';
import { SET_ASIDE_PREFIX, withStoredStateSetAside, type StorageLike } from '../store/persist';
import fixture from '../store/url/fixtures/links-v1.json';
import { expectWithinLimits } from './limitsHeld';
import { fuzzRuns, mutated } from './mutations';
import { expectTrueMessages } from './trueMessages';

/** The states kept in localStorage are compact link payloads: the fixture's compact links. */
const PAYLOADS = fixture.links.flatMap((link) => {
  const payload = new URLSearchParams(link.query).get('s');
  return payload === null ? [] : [payload];
});

function memoryStorage(): StorageLike & { readonly items: Map<string, string> } {
  const items = new Map<string, string>();
  return {
    items,
    get length() {
      return items.size;
    },
    key: (i) => [...items.keys()][i] ?? null,
    getItem: (k) => items.get(k) ?? null,
    setItem: (k, v) => void items.set(k, v),
    removeItem: (k) => void items.delete(k),
  };
}

describe('stored states, edited at random (fixed seed)', () => {
  it('open within the limits, or are set aside whole with true messages; nothing throws', () => {
    const seen = { opened: 0, setAside: 0 };
    fc.assert(
      fc.property(mutated(PAYLOADS), (stored) => {
        const state = initialState('', ['en'], stored);
        if (state.error === null) {
          seen.opened++;
          expectWithinLimits(state, stored);
          return;
        }
        seen.setAside++;
        expect(state.error.source, stored).toBe('storage');
        const storage = memoryStorage();
        const { state: shown, keep } = withStoredStateSetAside(
          state,
          storage,
          stored,
          new Date('2026-12-01T12:00:00Z'),
        );
        // Nothing is lost: the raw text is kept, byte for byte, under the set-aside key.
        expect(keep).toBe(true);
        const kept = [...storage.items].filter(([k]) => k.startsWith(SET_ASIDE_PREFIX));
        expect(kept.map(([, v]) => v)).toEqual([stored]);
        expectTrueMessages(shown.error?.issues ?? [], stored);
      }),
      fuzzRuns(29),
    );
    expect(seen.opened).toBeGreaterThan(0);
    expect(seen.setAside).toBeGreaterThan(30);
  });
});
