import { describe, expect, it } from 'vitest';
import { formatNumber } from './format';

describe('formatNumber', () => {
  it.each([
    [0.9820137900379085, '0.982'],
    [0.11920292202211769, '0.119'],
    [1.8448246580537, '1.84'],
    [-2.08323050209793, '−2.08'],
    [4, '4'],
    [-0, '0'],
    [0, '0'],
    [220.00000000000003, '220'],
    [-0.00356516285370642, '−0.00357'],
    [1e6, '1×10⁶'],
    [-1.5e-7, '−1.5×10⁻⁷'],
    [NaN, 'NaN'],
    [Infinity, '∞'],
  ])('%s → %s', (value, text) => expect(formatNumber(value)).toBe(text));
});
