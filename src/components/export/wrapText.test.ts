import { describe, expect, it } from 'vitest';
import { estimateWidth, wrapText } from './wrapText';

const measure = estimateWidth(10);

describe('caption wrapping', () => {
  it('breaks English between words, every line within the width', () => {
    const text = 'The op-amp of neuron 5 multiplies its input by a fixed gain σ′(z₅).';
    const lines = wrapText(text, 120, measure);
    expect(lines.length).toBeGreaterThan(1);
    for (const line of lines) expect(measure(line)).toBeLessThanOrEqual(120);
    expect(lines.join(' ')).toBe(text);
    for (const line of lines) expect(line).toBe(line.trim());
  });

  it('breaks Chinese between characters, never before closing punctuation', () => {
    const text = '运算放大器把输入乘以固定增益。增益是常数，它的输出是 ∂C/∂z₅。';
    const lines = wrapText(text, 100, measure);
    expect(lines.length).toBeGreaterThan(2);
    expect(lines.join('').replace(/ /g, '')).toBe(text.replace(/ /g, ''));
    for (const line of lines) expect(line[0]).not.toMatch(/[，。]/);
    for (const line of lines.slice(0, -1)) expect(measure(line)).toBeLessThanOrEqual(110);
  });

  it('keeps a word longer than the line on a line of its own', () => {
    expect(wrapText('a ∂C/∂w=∂z/∂w·∂C/∂z b', 60, measure)).toEqual(['a', '∂C/∂w=∂z/∂w·∂C/∂z', 'b']);
  });

  it('gives no lines for empty text', () => {
    expect(wrapText('', 100, measure)).toEqual([]);
    expect(wrapText('   ', 100, measure)).toEqual([]);
  });
});
