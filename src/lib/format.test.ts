import { describe, expect, it } from 'vitest';
import { formatChange, formatCount, formatNumber, joinSentences, sentenceGap } from './format';

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

describe('formatChange', () => {
  it.each([
    [2, 1.9906, ['2', '1.99']],
    [1, 0.99995, ['1', '0.99995']],
    [-1, -1.0000049, ['−1', '−1.000005']],
    [0.5, 0.5, ['0.5', '0.5']],
    [1, 1 + 1e-15, ['1', '1']],
  ] as const)('%s → %s', (from, to, texts) => expect(formatChange(from, to)).toEqual(texts));

  it('tells apart two values that differ in their first eight significant digits', () => {
    for (let i = 1; i < 200; i++) {
      const from = Math.sin(i) * 10 ** ((i % 7) - 3);
      const to = from * (1 + 10 ** -(i % 9) / 3);
      const [a, b] = formatChange(from, to);
      if (Math.abs(to - from) > Math.abs(from) * 1e-7) expect(a).not.toBe(b);
    }
  });
});

describe('formatCount', () => {
  it('writes counts rounded, with thousands separators', () => {
    expect(formatCount(102800.4)).toBe('102,800');
    expect(formatCount(999)).toBe('999');
    expect(formatCount(0)).toBe('0');
  });
});

describe('joinSentences and sentenceGap', () => {
  it('put a space between English sentences and none after a Chinese full stop', () => {
    expect(joinSentences('Training is stuck.', 'The output saturated.')).toBe(
      'Training is stuck. The output saturated.',
    );
    expect(joinSentences('训练卡住了。', '输出饱和了。')).toBe('训练卡住了。输出饱和了。');
    expect(joinSentences('', 'One.', '')).toBe('One.');
    expect(sentenceGap('Hide.')).toBe(' ');
    expect(sentenceGap('隐藏：')).toBe('');
    expect(sentenceGap('')).toBe('');
  });
});
