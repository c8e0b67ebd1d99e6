import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readTypedNumber } from '../engine';
import { numberProblemText } from '../i18n/issues/render';
import { LANGUAGES, translate, type Language, type Translate } from '../i18n/translate';
import { fuzzRuns, mutated } from './mutations';
import { UNTRUE } from './trueMessages';

const tr =
  (lang: Language): Translate =>
  (key, params) =>
    translate(lang, key, params);

/** What people type into a weight, an input or η: numbers written every way they are. */
const TYPED = ['0.5', '-2', '−0.25', '1,5', '1,000', '1e-3', '１２', '3.', '.5', '+7', '1e308'];

describe('numbers typed into fields, edited at random (fixed seeds)', () => {
  it('read as a finite number, or refused with a true clause; nothing throws', () => {
    const seen = { read: 0, refused: 0 };
    fc.assert(
      fc.property(fc.oneof(mutated(TYPED), fc.string({ maxLength: 30 })), (typed) => {
        const read = readTypedNumber(typed);
        if (read.ok) {
          seen.read++;
          expect(Number.isFinite(read.value), typed).toBe(true);
          // A number too small for a float64 is refused, never silently stored as 0.
          if (read.value === 0) expect(typed, typed).not.toMatch(/[1-9]/);
          return;
        }
        seen.refused++;
        for (const lang of LANGUAGES) {
          const text = numberProblemText(tr(lang), read);
          expect(text.trim(), typed).not.toBe('');
          expect(text, typed).not.toMatch(UNTRUE);
        }
      }),
      fuzzRuns(3),
    );
    expect(seen.read).toBeGreaterThan(10);
    expect(seen.refused).toBeGreaterThan(30);
  });
});
