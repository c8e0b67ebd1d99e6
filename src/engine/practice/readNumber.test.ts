import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readNumber } from './readNumber';

describe('reading a typed answer', () => {
  it.each([
    ['0.12', 0.12],
    ['-0.0903', -0.0903],
    ['+3', 3],
    ['  4  ', 4],
    ['- 2.5', -2.5],
    ['.5', 0.5],
    ['5.', 5],
    ['-0', 0],
    // A Chinese IME in full-width mode: digits, minus, plus, point, comma, space.
    ['０．１２', 0.12],
    ['－０．０９０３', -0.0903],
    ['＋３', 3],
    ['０，５', 0.5],
    ['１\u3000２', 12],
    ['0。5', 0.5],
    // The typographic minus and other dashes people type for it.
    ['\u22120.382', -0.382],
    ['\u20130.382', -0.382],
    // Decimal commas that cannot be thousands separators.
    ['0,5', 0.5],
    ['-2,75', -2.75],
    ['0,500', 0.5],
    ['1234,567', 1234.567],
    [',5', 0.5],
    // Groupings that cannot be decimal commas.
    ['1,234.5', 1234.5],
    ['1,000,000', 1000000],
    // Scientific notation.
    ['1e-3', 0.001],
    ['-3.565E-3', -0.003565],
    ['1,5e-3', 0.0015],
    ['１ｅ－３', 0.001],
    ['1×10⁻³', 0.001],
    ['-3.57 × 10⁻³', -0.00357],
    ['2x10^3', 2000],
    ['2*10^(-2)', 0.02],
    ['2*10**-2', 0.02],
    ['10⁻³', 0.001],
    ['-10^2', -100],
    ['1e-400', 0],
  ])('reads %j as %d', (text, value) => {
    expect(readNumber(text)).toEqual({ ok: true, value });
  });

  it.each(['1,000', '12,345', '-1,000', '１，０００', '999,999e2'])(
    'refuses %j as ambiguous: it could be a thousands separator',
    (text) => {
      expect(readNumber(text)).toEqual({ ok: false, code: 'ambiguous-separator' });
    },
  );

  it.each(['', '   ', '\u3000'])('calls %j empty', (text) => {
    expect(readNumber(text)).toEqual({ ok: false, code: 'empty' });
  });

  it.each([
    'abc',
    '-',
    '+',
    '.',
    '--1',
    '+-1',
    '1-',
    '1.2.3',
    '1.000.000',
    '1,2,3',
    '1,23.4',
    '1e',
    'e5',
    '0x10',
    'NaN',
    'Infinity',
    '1e999',
    '1/2',
    '2³',
    '1×10-3',
    '10^(3',
    '1 2 3'.repeat(30),
  ])('refuses %j as invalid', (text) => {
    expect(readNumber(text)).toEqual({ ok: false, code: 'invalid' });
  });

  it('reads back every finite number JavaScript writes, in plain and full-width digits', () => {
    const fullWidth = (text: string) =>
      text.replace(/[0-9.\-+e]/g, (c) =>
        c === 'e' ? 'ｅ' : String.fromCharCode(c.charCodeAt(0) + 0xfee0),
      );
    fc.assert(
      fc.property(fc.double({ noNaN: true, noDefaultInfinity: true }), (value) => {
        const expected = value === 0 ? 0 : value;
        expect(readNumber(String(value))).toEqual({ ok: true, value: expected });
        expect(readNumber(fullWidth(String(value)))).toEqual({ ok: true, value: expected });
      }),
    );
  });

  it('never throws, whatever is typed', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 80 }), (text) => {
        const result = readNumber(text);
        if (result.ok) expect(Number.isFinite(result.value)).toBe(true);
      }),
    );
  });
});
