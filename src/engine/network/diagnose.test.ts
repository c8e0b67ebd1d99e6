import { describe, expect, it } from 'vitest';
import { diagnose } from './diagnose';
import { forwardBackward } from './forwardBackward';
import { LECTURE_SCENARIO } from './lecture';
import type { NetworkScenario } from './types';

const scaled = (factor: number): NetworkScenario => ({
  ...LECTURE_SCENARIO,
  weights: LECTURE_SCENARIO.weights.map((W) => W.map((row) => row.map((w) => w * factor))),
});

describe('diagnose', () => {
  it('finds nothing to explain in the lecture example', () => {
    expect(diagnose(LECTURE_SCENARIO, forwardBackward(LECTURE_SCENARIO))).toEqual([]);
  });

  it('explains a δ of exactly 0: weights of 1e6 saturate the sigmoids, whose gain underflows to 0', () => {
    const s = scaled(1e6);
    const r = forwardBackward(s);
    expect(r.delta[0]).toEqual([0, 0]);
    expect(r.a.flat().every(Number.isFinite)).toBe(true);
    expect(diagnose(s, r)).toEqual([{ code: 'saturated', neurons: [1, 2, 3, 4, 5, 6] }]);
  });

  it('explains an infinite cross-entropy when a sigmoid output is exactly 1', () => {
    const s: NetworkScenario = {
      ...scaled(1e6),
      loss: 'bce',
      samples: [{ x: [1, -1], y: [0, 0] }],
    };
    const r = forwardBackward(s);
    expect(r.loss).toBe(Infinity);
    const notes = diagnose(s, r);
    expect(notes[0]).toEqual({ code: 'bce-certain', neuron: 5, output: 1 });
    expect(notes.some((note) => note.code === 'not-a-number')).toBe(true);
  });

  it('names where values overflow', () => {
    const s: NetworkScenario = { ...scaled(1e300), activation: ['linear', 'linear', 'linear'] };
    const notes = diagnose(s, forwardBackward(s));
    expect(notes[0]).toMatchObject({ code: 'overflow' });
  });
});
