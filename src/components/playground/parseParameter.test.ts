import { describe, expect, it } from 'vitest';
import { editableNumber, parseParameter } from './parseParameter';

describe('parseParameter', () => {
  it('reads the numbers people type, with any minus sign', () => {
    const cases: [string, number][] = [
      ['0.5', 0.5],
      [' -1.25 ', -1.25],
      ['−2', -2],
      ['－0.75', -0.75],
      ['+3', 3],
      ['.5', 0.5],
      ['4.', 4],
      ['2e-3', 0.002],
      ['1E6', 1e6],
      ['-0', 0],
    ];
    for (const [text, value] of cases) expect(parseParameter(text)).toEqual({ ok: true, value });
  });

  it('names what is not a number, quoting it, and refuses a value beyond the limit', () => {
    for (const text of ['', 'abc', '1,5', '0x10', '1e', '--1', 'NaN', 'Infinity'])
      expect(parseParameter(text)).toEqual({
        ok: false,
        problem: { code: 'not-a-number', text: text.trim() },
      });
    expect(parseParameter('1000001')).toEqual({ ok: false, problem: { code: 'too-large' } });
    expect(parseParameter('1e400')).toEqual({ ok: false, problem: { code: 'too-large' } });
  });

  it('shows a value in a form that can be typed back, and reads it back', () => {
    const cases: [number, string][] = [
      [0, '0'],
      [0.94, '0.94'],
      [-1.5, '-1.5'],
      [0.123456, '0.1235'],
      [-4.8537e-4, '-4.854e-4'],
      [1e6, '1e6'],
      [123456, '123500'],
      [2e-7, '2e-7'],
    ];
    for (const [value, text] of cases) {
      expect(editableNumber(value)).toBe(text);
      expect(parseParameter(text)).toEqual({ ok: true, value: Number(text) });
    }
  });
});
