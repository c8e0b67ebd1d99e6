import fc from 'fast-check';

/**
 * Edits a person, a broken copy-paste or a hostile page could make to a valid input: cut a
 * piece, paste text in, repeat a piece, change one character. The pasted text leans on
 * what has broken parsers before: signs, exponents, commas, brackets, quotes, escapes and
 * invisible or reordering characters.
 */
const HOSTILE = [
  '-',
  '−',
  '+',
  '1e309',
  '1e-400',
  '9999999999',
  ',',
  '.',
  '0',
  'NaN',
  'Infinity',
  '"',
  "'",
  '\\',
  '[',
  ']',
  '{',
  '}',
  ':',
  '&',
  '=',
  '%',
  '%ZZ',
  '\u202e',
  '\u200b',
  '\u00a0',
  '\u0301',
  '１',
  '<script>',
  '{expected}',
  'e',
  'x',
  '(',
  ')',
  '^',
  '*',
  '/',
];

const pasted = fc.oneof(
  fc.constantFrom(...HOSTILE),
  fc.string({ maxLength: 8 }),
  fc.string({ unit: 'binary', maxLength: 4 }),
);

type Edit = (text: string) => string;

const at = (text: string, fraction: number) => Math.floor(fraction * (text.length + 1));

const edit: fc.Arbitrary<Edit> = fc.oneof(
  fc.tuple(fc.double({ min: 0, max: 1, noNaN: true }), fc.integer({ min: 1, max: 12 })).map(
    ([where, length]): Edit =>
      (t) =>
        t.slice(0, at(t, where)) + t.slice(at(t, where) + length),
  ),
  fc.tuple(fc.double({ min: 0, max: 1, noNaN: true }), pasted).map(
    ([where, text]): Edit =>
      (t) =>
        t.slice(0, at(t, where)) + text + t.slice(at(t, where)),
  ),
  fc
    .tuple(fc.double({ min: 0, max: 1, noNaN: true }), fc.integer({ min: 1, max: 40 }))
    .map(([where, length]): Edit => (t) => {
      const i = at(t, where);
      return t.slice(0, i) + t.slice(i, i + length) + t.slice(i);
    }),
  fc.tuple(fc.double({ min: 0, max: 1, noNaN: true }), pasted).map(
    ([where, text]): Edit =>
      (t) =>
        t.slice(0, at(t, where)) + text + t.slice(at(t, where) + 1),
  ),
);

/** One to four edits of one of `bases`. */
export function mutated(bases: readonly string[]): fc.Arbitrary<string> {
  return fc
    .tuple(fc.constantFrom(...bases), fc.array(edit, { minLength: 1, maxLength: 4 }))
    .map(([base, edits]) => edits.reduce((text, e) => e(text), base));
}

/** A fixed seed per family, so that a failure names the same input on every run. */
export const fuzzRuns = (seed: number) => ({ seed, numRuns: 300, endOnFailure: true }) as const;
