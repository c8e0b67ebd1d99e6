import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readTypedNumber, type TypedNumber } from './readTypedNumber';

const value = (text: string): number | undefined => {
  const read = readTypedNumber(text);
  return read.ok ? read.value : undefined;
};
const refusal = (text: string): Exclude<TypedNumber, { ok: true }> => {
  const read = readTypedNumber(text);
  if (read.ok) throw new Error(`accepted ${JSON.stringify(text)} as ${read.value}`);
  return read;
};

/** ASCII digits, dot, minus and plus as their full-width twins. */
const fullWidth = (text: string): string =>
  text.replace(/[0-9.+-]/g, (c) =>
    c === '-' ? '－' : c === '+' ? '＋' : String.fromCharCode(c.charCodeAt(0) + 0xfee0),
  );

describe('readTypedNumber accepts', () => {
  it.each<[string, number, string | undefined]>([
    ['2', 2, undefined],
    ['  +3 ', 3, undefined],
    ['.5', 0.5, undefined],
    ['5.', 5, undefined],
    ['1e-3', 0.001, undefined],
    ['−1.5', -1.5, undefined],
    ['－1.5', -1.5, undefined],
    ['＋２', 2, '2'],
    ['–2', -2, undefined],
    ['０.５', 0.5, '0.5'],
    ['０。５', 0.5, '0.5'],
    ['（−1.5）', -1.5, '-1.5'],
    ['(-2)', -2, '-2'],
    ['0,5', 0.5, '0.5'],
    ['-1,25', -1.25, '-1.25'],
    ['0,500', 0.5, '0.5'],
    ['1234,5', 1234.5, '1234.5'],
    [',5', 0.5, '0.5'],
    ['1,5e3', 1500, '1500'],
    ['1.2×10⁻⁵', 0.000012, undefined],
    ['1.2 × 10^-5', 0.000012, undefined],
    ['3*10^2', 300, undefined],
    ['\u00a01\u3000', 1, undefined],
    ['5e-324', 5e-324, undefined],
    ['0e-999', 0, undefined],
    ['1.7976931348623157e308', Number.MAX_VALUE, undefined],
  ])('%j → %s (understood %s)', (text, expected, understood) => {
    const read = readTypedNumber(text);
    expect(read).toEqual(
      understood === undefined
        ? { ok: true, value: expected }
        : { ok: true, value: expected, understood },
    );
  });

  it('−0 as −0', () => expect(Object.is(value('−0'), -0)).toBe(true));
});

describe('readTypedNumber refuses, saying why', () => {
  it.each<[string, string, Record<string, string | number>]>([
    ['', 'empty', {}],
    ['   ', 'empty', {}],
    ['abc', 'not-a-number', { text: 'abc' }],
    ['2x', 'not-a-number', { text: '2x' }],
    ['1.2.3', 'not-a-number', { text: '1.2.3' }],
    ['NaN', 'not-a-number', { text: 'NaN' }],
    ['Infinity', 'not-a-number', { text: 'Infinity' }],
    ['1e', 'not-a-number', { text: '1e' }],
    ['0x10', 'not-a-number', { text: '0x10' }],
    ['1e999', 'too-large', { text: '1e999' }],
    ['-1e309', 'too-large', { text: '-1e309' }],
    ['1e-400', 'too-small', { text: '1e-400' }],
    ['1,000', 'ambiguous-comma', { text: '1,000', whole: '1000', decimal: '1.0' }],
    ['12,345', 'ambiguous-comma', { text: '12,345', whole: '12345', decimal: '12.345' }],
    ['-1,500', 'ambiguous-comma', { text: '-1,500', whole: '-1500', decimal: '-1.5' }],
    ['1,000,000', 'grouped-digits', { text: '1,000,000', number: '1000000' }],
    ['1,000.5', 'grouped-digits', { text: '1,000.5', number: '1000.5' }],
    ['1.000,5', 'grouped-digits', { text: '1.000,5', number: '1000.5' }],
    ['1,2,3', 'not-a-number', { text: '1,2,3' }],
    ['(1.5)', 'unclear-parentheses', { text: '(1.5)', inside: '1.5' }],
    ['1 000', 'space-inside', { text: '1 000', number: '1000' }],
    ['- 5', 'space-inside', { text: '- 5', number: '-5' }],
    [
      '1\u200b5',
      'hidden-character',
      { text: '1⟨U+200B⟩5', codePoint: 'U+200B', character: 'zero-width-space' },
    ],
    [
      '\u202e5',
      'hidden-character',
      { text: '⟨U+202E⟩5', codePoint: 'U+202E', character: 'right-to-left-override' },
    ],
  ])('%j: %s', (text, code, params) => {
    expect(refusal(text)).toMatchObject({ ok: false, code, params });
  });

  it('says what a thousands separator would have meant, in plain English too', () => {
    expect(refusal('1,000').message).toBe(
      "'1,000' could be 1000 or 1.0 (a comma can separate thousands or decimals): type 1000 or 1.0",
    );
    expect(refusal('1e999').message).toBe(
      "'1e999' is too large (the largest is about 1.8 × 10³⁰⁸)",
    );
    expect(refusal('1e-400').message).toBe("'1e-400' is too small: it would be stored as 0");
  });

  it('quotes only the start of a pasted 10,000-character value, with its length', () => {
    const pasted = '9'.repeat(5000) + 'x'.repeat(5000);
    const read = refusal(pasted);
    expect(read.params).toEqual({ text: '9'.repeat(32), textLength: 10_000 });
    expect(read.message).toBe(`'${'9'.repeat(32)}…' (10,000 characters) is not a number`);
  });
});

describe('readTypedNumber, for any number', () => {
  // String(-0) is "0": −0 is checked on its own above.
  const finite = fc
    .double({ noNaN: true, noDefaultInfinity: true })
    .filter((x) => !Object.is(x, -0));

  it('reads back what String() writes, exactly', () => {
    fc.assert(
      fc.property(finite, (x) => {
        expect(Object.is(value(String(x)), x)).toBe(true);
      }),
      { numRuns: 2000, seed: 12 },
    );
  });

  it('reads the app’s own minus sign, exponentials and full-width digits as the same number', () => {
    fc.assert(
      fc.property(finite, (x) => {
        expect(value(String(x).replace('-', '\u2212'))).toBe(x);
        expect(value(x.toExponential())).toBe(x);
        expect(value(fullWidth(String(x)))).toBe(x);
      }),
      { numRuns: 1000, seed: 13 },
    );
  });

  it('reads a decimal comma wherever it cannot be a thousands separator, and refuses it elsewhere', () => {
    fc.assert(
      fc.property(fc.nat(99_999), fc.stringMatching(/^[0-9]{1,6}$/), (whole, fraction) => {
        const read = readTypedNumber(`${whole},${fraction}`);
        const ambiguous = whole >= 1 && whole <= 999 && fraction.length === 3;
        expect(read.ok).toBe(!ambiguous);
        if (read.ok) expect(read.value).toBe(Number(`${whole}.${fraction}`));
        else expect(read.code).toBe('ambiguous-comma');
      }),
      { numRuns: 1000, seed: 14 },
    );
  });

  it('never throws, and never accepts a number that is not finite, whatever the text', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 40 }), (text) => {
        const read = readTypedNumber(text);
        if (read.ok) expect(Number.isFinite(read.value)).toBe(true);
        else expect(read.message.length).toBeGreaterThan(0);
      }),
      { numRuns: 3000, seed: 15 },
    );
  });
});
