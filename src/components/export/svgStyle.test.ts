import { describe, expect, it } from 'vitest';
import { isInvisible, normalizeColor, styleAttributes } from './svgStyle';

const base = {
  fill: 'rgb(26, 32, 44)',
  stroke: 'none',
  'stroke-width': '1px',
  'font-size': '16px',
  'font-family': 'system-ui, sans-serif',
  opacity: '1',
  display: 'inline',
  visibility: 'visible',
};

describe('inlined styles', () => {
  it('writes every inherited property on the root', () => {
    const attributes = styleAttributes(base, undefined);
    expect(attributes).toMatchObject({
      fill: 'rgb(26, 32, 44)',
      stroke: 'none',
      'font-size': '16px',
      'font-family': 'system-ui, sans-serif',
    });
    expect(attributes).not.toHaveProperty('opacity');
  });

  it('writes only what differs from the parent, plus opacity when it is not 1', () => {
    const own = { ...base, stroke: 'rgb(33, 102, 172)', opacity: '0.75' };
    expect(styleAttributes(own, base)).toEqual({ stroke: 'rgb(33, 102, 172)', opacity: '0.75' });
  });

  it('rewrites an attribute the element has, since the stylesheet may have overridden it', () => {
    const present = (name: string) => name === 'font-size';
    expect(styleAttributes(base, base, present)).toEqual({ 'font-size': '16px' });
  });

  it('turns color(srgb …) from color-mix() into rgb()', () => {
    expect(normalizeColor('color(srgb 0.5 1 0)')).toBe('rgb(128, 255, 0)');
    expect(normalizeColor('color(srgb 0 0 0 / 0.5)')).toBe('rgba(0, 0, 0, 0.5)');
    expect(normalizeColor('rgb(1, 2, 3)')).toBe('rgb(1, 2, 3)');
    expect(styleAttributes({ ...base, fill: 'color(srgb 1 1 1)' }, base)).toEqual({
      fill: 'rgb(255, 255, 255)',
    });
  });

  it('knows what draws nothing', () => {
    expect(isInvisible('g', { ...base, display: 'none' })).toBe(true);
    expect(isInvisible('text', { ...base, visibility: 'hidden' })).toBe(true);
    expect(isInvisible('line', { ...base, stroke: 'rgba(0, 0, 0, 0)' })).toBe(true);
    expect(isInvisible('line', { ...base, stroke: 'rgb(0, 0, 0)' })).toBe(false);
    expect(isInvisible('rect', { ...base, fill: 'none', stroke: 'transparent' })).toBe(true);
    expect(isInvisible('rect', { ...base, stroke: 'none' })).toBe(false);
    expect(isInvisible('g', { ...base, opacity: '0' })).toBe(true);
    expect(isInvisible('text', base)).toBe(false);
  });
});
