import { describe, expect, it } from 'vitest';
import { FrozenSeries } from './frozenSeries';

const values = (n: number, at: (i: number) => number = (i) => i) =>
  Float64Array.from({ length: n }, (_, i) => at(i));

describe('FrozenSeries', () => {
  it('follows a growing history, and earlier snapshots keep their length and values', () => {
    const series = new FrozenSeries(4);
    series.follow(values(3), 0);
    const first = series.snapshot();
    series.follow(values(1000), 3);
    expect(Array.from(first)).toEqual([0, 1, 2]);
    expect(series.length).toBe(1000);
    expect(series.snapshot()[999]).toBe(999);
  });

  it('after going back, writes the new values into a fresh buffer, never over a snapshot', () => {
    const series = new FrozenSeries(16);
    series.follow(values(10), 0);
    const before = series.snapshot();
    // The run went back to 4 values and took other steps from there.
    series.follow(
      values(8, (i) => (i < 4 ? i : -i)),
      4,
    );
    expect(Array.from(before)).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9]);
    expect(Array.from(series.snapshot())).toEqual([0, 1, 2, 3, -4, -5, -6, -7]);
  });

  it('copies only what is new when nothing went back', () => {
    const series = new FrozenSeries(8);
    series.follow(values(4), 0);
    // Values before `unchanged` are not read again: the copy keeps its own.
    series.follow(
      values(6, () => 99),
      4,
    );
    expect(Array.from(series.snapshot())).toEqual([0, 1, 2, 3, 99, 99]);
  });
});
