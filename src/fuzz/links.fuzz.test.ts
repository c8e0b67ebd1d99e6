import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { initialState } from '../store/bootstrap';
import fixture from '../store/url/fixtures/links-v1.json';
import { expectWithinLimits } from './limitsHeld';
import { fuzzRuns, mutated } from './mutations';
import { expectTrueMessages } from './trueMessages';

/** Every link in the fixture of links already shared, compact and readable. */
const LINKS = fixture.links.map((link) => link.query);

describe('links, edited at random (fixed seed)', () => {
  it('open to a state within the limits, or are refused with true messages; nothing throws', () => {
    const seen = { opened: 0, refused: 0 };
    fc.assert(
      fc.property(mutated(LINKS), (query) => {
        const search = query.startsWith('?') ? query : `?${query}`;
        const state = initialState(search, ['en']);
        if (state.error === null) {
          seen.opened++;
          expectWithinLimits(state, search);
        } else {
          seen.refused++;
          expect(state.error.source, search).toBe('link');
          expectTrueMessages(state.error.issues, search);
        }
      }),
      fuzzRuns(20261201),
    );
    // The edits reach both sides of the contract, not only one.
    expect(seen.opened).toBeGreaterThan(30);
    expect(seen.refused).toBeGreaterThan(30);
  });
});
