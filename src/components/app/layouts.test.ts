import { describe, expect, it } from 'vitest';
import {
  HEADER_ITEMS,
  HEADER_PLAN,
  LAYOUTS,
  layoutFor,
  presenterZoom,
  STEP_TEXT_PLACE,
} from './layouts';

const plain = { presenter: false, embed: false };

describe('layoutFor', () => {
  it('finds each device class from the viewport alone', () => {
    const cases: [number, number, string][] = [
      [390, 844, 'phone'],
      [360, 640, 'phone'],
      [844, 390, 'phone-landscape'],
      [667, 375, 'phone-landscape'],
      [820, 1180, 'tablet'],
      [1024, 768, 'tablet'],
      [1366, 768, 'laptop'],
      [1440, 900, 'laptop'],
      [1280, 720, 'laptop'],
      [1920, 1080, 'desktop'],
      [3840, 2160, 'desktop'],
    ];
    for (const [width, height, layout] of cases)
      expect(layoutFor({ width, height }, plain), `${width}×${height}`).toBe(layout);
  });

  it('puts embedding before presenter mode, and both before the size', () => {
    expect(layoutFor({ width: 390, height: 844 }, { presenter: true, embed: false })).toBe(
      'presenter',
    );
    expect(layoutFor({ width: 1920, height: 1080 }, { presenter: true, embed: true })).toBe(
      'embed',
    );
    expect(layoutFor({ width: 640, height: 400 }, { presenter: false, embed: true })).toBe('embed');
  });
});

describe('the layout tables', () => {
  it('keep the step text beside the diagram only where there is room for side panels', () => {
    expect(LAYOUTS.filter((l) => STEP_TEXT_PLACE[l] === 'side')).toEqual([
      'tablet',
      'laptop',
      'desktop',
    ]);
  });

  it('leave no header part out: each is in the row or in the menu', () => {
    for (const layout of LAYOUTS)
      for (const item of HEADER_PLAN[layout].menu) expect(HEADER_ITEMS).toContain(item);
    expect(HEADER_PLAN.phone.menu).toEqual(HEADER_ITEMS);
    expect(HEADER_PLAN.desktop.menu).toEqual([]);
  });
});

describe('presenterZoom', () => {
  it('brings 12 px text to 20 px at 1920 × 1080 and to 16 px at 1024 × 768', () => {
    expect(12 * presenterZoom({ width: 1920, height: 1080 })).toBeGreaterThanOrEqual(20);
    expect(12 * presenterZoom({ width: 1024, height: 768 })).toBeGreaterThanOrEqual(16);
  });

  it('grows with the screen and never shrinks below 4/3', () => {
    expect(presenterZoom({ width: 3840, height: 2160 })).toBeCloseTo(3.34, 2);
    expect(presenterZoom({ width: 800, height: 600 })).toBeCloseTo(1.334, 3);
    expect(presenterZoom({ width: 2560, height: 1440 })).toBeGreaterThan(
      presenterZoom({ width: 1920, height: 1080 }),
    );
  });
});
