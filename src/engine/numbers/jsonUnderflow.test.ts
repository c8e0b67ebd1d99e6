import { describe, expect, it } from 'vitest';
import { findJsonUnderflows } from './jsonUnderflow';

describe('findJsonUnderflows', () => {
  it('finds literals JSON reads as 0 although they are not, with their paths', () => {
    const text = '{"a": [1, 1e-400, {"b c": 2e-999}], "d": 0e-500, "e": "1e-400", "f": -3E-330}';
    expect(findJsonUnderflows(text)).toEqual([
      { path: 'a[1]', literal: '1e-400' },
      { path: 'a[2]["b c"]', literal: '2e-999' },
      { path: 'f', literal: '-3E-330' },
    ]);
  });

  it('keeps the smallest float64 and real zeros, and skips strings with escapes', () => {
    expect(findJsonUnderflows('[5e-324, 0.000e-999, "\\"1e-400", true, null, false]')).toEqual([]);
    expect(findJsonUnderflows(`[0.${'0'.repeat(400)}1]`)).toEqual([
      { path: '[0]', literal: `0.${'0'.repeat(400)}1` },
    ]);
  });

  it('walks deep nesting without recursion', () => {
    const deep = `${'['.repeat(5000)}1e-400${']'.repeat(5000)}`;
    expect(findJsonUnderflows(deep)).toHaveLength(1);
  });
});
