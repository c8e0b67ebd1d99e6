import { describe, expect, it } from 'vitest';
import { LossHistory } from './lossHistory';

const at = (iteration: number) => ({ iteration, train: 1 / (iteration + 1), test: 2 });

describe('LossHistory', () => {
  it('keeps one point per iteration reached, in order', () => {
    const history = new LossHistory();
    expect(history.add(at(0))).toBe(true);
    expect(history.add(at(0))).toBe(false);
    history.add(at(5));
    expect(history.all.map((p) => p.iteration)).toEqual([0, 5]);
  });

  it('drops the points after an earlier iteration (a reset, or η applied from back there)', () => {
    const history = new LossHistory();
    for (const t of [0, 10, 20, 30]) history.add(at(t));
    history.add(at(15));
    expect(history.all.map((p) => p.iteration)).toEqual([0, 10, 15]);
    history.add(at(0));
    expect(history.all.map((p) => p.iteration)).toEqual([0]);
  });

  it('takes a new run at the same iteration (other data at 0): its losses replace the old', () => {
    const history = new LossHistory();
    history.add(at(0));
    expect(history.add({ iteration: 0, train: 0.69, test: 0.7 })).toBe(true);
    expect(history.all).toEqual([{ iteration: 0, train: 0.69, test: 0.7 }]);
    history.add(at(10));
    expect(history.add({ iteration: 10, train: 0.3, test: 0.4 })).toBe(true);
    expect(history.all.map((p) => p.train)).toEqual([0.69, 0.3]);
  });

  it('thins a long run by halves, keeping its first and latest points', () => {
    const history = new LossHistory();
    for (let t = 0; t <= 5000; t++) history.add(at(t));
    const kept = history.all;
    expect(kept.length).toBeLessThanOrEqual(600);
    expect(kept.length).toBeGreaterThan(250);
    expect(kept[0]?.iteration).toBe(0);
    expect(kept.at(-1)?.iteration).toBe(5000);
  });
});
