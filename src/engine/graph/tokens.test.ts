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
    ['1.2.3', "'1.2.3' at column 1 is not a number"],
    ['2x', "'2x' at column 1 is not a number (write a * between a number and a name)"],
    ['x + 1e', "'1e' at column 5 is not a number (the exponent has no digits)"],
    ['1e999', "'1e999' at column 1 is too large"],
  ])('rejects the bad number in %j', (source, message) => {
    const result = tokenize(source);
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.error.code).toBe('bad-number');
      expect(result.error.message).toBe(message);
    }
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
      "unexpected character '\\u0000' at column 2",
    );
  });
});
