import fc from 'fast-check';
import LZString from 'lz-string';
import { describe, expect, it } from 'vitest';
import { LECTURE_SCENARIO } from '../../engine';
import { compressToUriSafe, SlicedCompressor } from './slicedCompress';

/** Compresses `input` in slices of `size` characters. */
function inSlices(input: string, size: number): string {
  const compressor = new SlicedCompressor(input);
  while (!compressor.done) compressor.step(size);
  return compressor.finish();
}

describe('the sliced compressor writes what lz-string writes', () => {
  it('for any text, whole or in slices of any size', () => {
    fc.assert(
      fc.property(
        fc.string({ unit: 'binary', maxLength: 400 }),
        fc.integer({ min: 1, max: 50 }),
        (text, size) => {
          const expected = LZString.compressToEncodedURIComponent(text);
          expect(compressToUriSafe(text)).toBe(expected);
          expect(inSlices(text, size)).toBe(expected);
        },
      ),
      { seed: 12, numRuns: 400 },
    );
  });

  it('for JSON with repeats, as links are made of', () => {
    fc.assert(
      fc.property(
        fc.array(fc.double({ noNaN: true }), { maxLength: 300 }),
        fc.integer({ min: 1, max: 997 }),
        (numbers, size) => {
          const text = JSON.stringify({ c: 'network', s: 3, n: { w: numbers, r: numbers } });
          expect(inSlices(text, size)).toBe(LZString.compressToEncodedURIComponent(text));
        },
      ),
      { seed: 7, numRuns: 100 },
    );
  });

  it('for the texts lz-string cannot store as keys, and for the empty text', () => {
    for (const text of ['', '__proto__', 'a__proto__b__proto__', 'constructor', 'x'.repeat(5000)]) {
      expect(compressToUriSafe(text)).toBe(LZString.compressToEncodedURIComponent(text));
    }
    const lecture = JSON.stringify(LECTURE_SCENARIO);
    expect(inSlices(lecture, 64)).toBe(LZString.compressToEncodedURIComponent(lecture));
  });

  it('says how far it has read', () => {
    const compressor = new SlicedCompressor('abcdefghij');
    expect(compressor.progress).toBe(0);
    compressor.step(4);
    expect(compressor.progress).toBeCloseTo(0.4);
    expect(compressor.done).toBe(false);
    compressor.step(100);
    expect(compressor.done).toBe(true);
  });
});
