import { describe, it, expect } from 'vitest';
import { tokenize, type Token } from './tokens';

const tokens = (source: string): readonly Token[] => {
  const result = tokenize(source);
  if (!result.ok) throw new Error(result.error.message);
  return result.tokens;
};

describe('tokenize', () => {
  it('reads numbers with decimals and exponents, with 1-based columns', () => {
    const found = tokens('1e-3 + 2.5*.5 - 3E2 / 7.');
    expect(
      found.filter((t) => t.type === 'number').map((t) => (t.type === 'number' ? t.value : 0)),
    ).toEqual([0.001, 2.5, 0.5, 300, 7]);
    expect(found.map((t) => t.column)).toEqual([1, 6, 8, 11, 12, 15, 17, 21, 23, 25]);
    expect(found.at(-1)?.type).toBe('end');
  });

  it('reads names, parentheses and commas', () => {
    expect(tokens('max(apple_num, _x2)').map((t) => t.type)).toEqual([
      'name',
      '(',
      'name',
      ',',
      'name',
      ')',
      'end',
    ]);
  });

  it('accepts the look-alikes people paste from formulas', () => {
    const ops = tokens('a \u2212 b \u00d7 c \u00b7 d \u00f7 e ** f')
      .filter((t) => t.type === 'op')
      .map((t) => t.text);
    expect(ops).toEqual(['-', '*', '*', '/', '^']);
  });

  it.each([
    ['1.2.3', 'bad-number', "'1.2.3' at column 1 is not a number"],
    ['2x', 'missing-operator', "'2x' at column 1 is not a number: write '2*x' to multiply"],
    ['x + 1e', 'missing-operator', "'1e' at column 5 is not a number: write '1*e' to multiply"],
    [
      '1e309 + x',
      'number-too-large',
      "'1e309' at column 1 is too large (the largest is about 1.8 × 10³⁰⁸)",
    ],
    ['x * 1e-400', 'number-too-small', "'1e-400' at column 5 is too small: it would be 0"],
  ])('rejects the bad number in %j', (source, code, message) => {
    const result = tokenize(source);
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.error.code).toBe(code);
      expect(result.error.message).toBe(message);
    }
  });

  it('gives the suggestion of 2x as a parameter, for both languages', () => {
    const result = tokenize('3 + 2x');
    expect(result.ok ? null : result.error).toMatchObject({
      code: 'missing-operator',
      column: 5,
      params: { text: '2x', suggestion: '2*x', column: 5 },
    });
  });

  it('reads the smallest numbers a float64 holds, and zeros written long', () => {
    const values = tokens('5e-324 + 0e-999 + 0.000').flatMap((t) =>
      t.type === 'number' ? [t.value] : [],
    );
    expect(values).toEqual([5e-324, 0, 0]);
  });

  it('reads any Unicode space as a space, and names an invisible character by its code point', () => {
    expect(tokens('x\u00a0+\u3000y').map((t) => t.type)).toEqual(['name', 'op', 'name', 'end']);
    for (const [char, name] of [
      ['\u202e', 'right-to-left override'],
      ['\u200b', 'zero-width space'],
      ['\u2066', 'left-to-right isolate'],
    ] as const) {
      const result = tokenize(`x +${char} y`);
      expect(result.ok ? null : result.error).toMatchObject({
        code: 'hidden-character',
        column: 4,
        message: `invisible character U+${char.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')} (${name}) at column 4`,
      });
    }
    const combining = tokenize('\u0301x');
    expect(combining.ok ? null : combining.error).toMatchObject({
      code: 'hidden-character',
      params: { codePoint: 'U+0301', character: 'combining-mark', column: 1 },
    });
  });

  it('rejects unknown characters, showing the whole character', () => {
    const result = tokenize('x + y.z');
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.error).toMatchObject({ code: 'unexpected-character', column: 6 });
      expect(result.error.message).toBe("unexpected character '.' at column 6");
    }
    const emoji = tokenize('x\u{1F600}');
    expect(emoji.ok ? '' : emoji.error.message).toBe(
      "unexpected character '\u{1F600}' at column 2",
    );
    const control = tokenize('x\u0000');
    expect(control.ok ? '' : control.error.message).toBe(
      'invisible character U+0000 (control character) at column 2',
    );
  });
});
