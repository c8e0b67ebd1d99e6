import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { batchGradient, LECTURE_SCENARIO, type NetworkScenario } from '../index';
import { arbitraryNetwork } from '../testing/arbitraryScenario';
import { paramRefs, paramValue, type ParamRef } from './params';
import { SINE_SCENARIO } from './presets';
import { gridPoints, lossSurface, surfaceWindow } from './surface';

/** The scenario with one parameter set, built the slow way. */
function withParam(s: NetworkScenario, ref: ParamRef, value: number): NetworkScenario {
  if (ref.kind === 'w')
    return {
      ...s,
      weights: s.weights.map((W, l) =>
        W.map((row, j) =>
          row.map((w, k) => (l === ref.layer && j === ref.j && k === ref.k ? value : w)),
        ),
      ),
    };
  return {
    ...s,
    biases: s.biases.map((b, l) => b.map((v, j) => (l === ref.layer && j === ref.j ? value : v))),
  };
}

describe('lossSurface', () => {
  it('is L with two parameters set and the rest held, row by row', () => {
    fc.assert(
      fc.property(arbitraryNetwork(), fc.nat(), fc.nat(), (s, i, j) => {
        const refs = paramRefs(s.layers);
        const a = refs[i % refs.length] as ParamRef;
        const b = refs[j % refs.length] as ParamRef;
        if (a.index === b.index) return;
        const xs = [-1, 0.5];
        const ys = [2, -0.25, 0];
        const values = lossSurface(s, a, b, xs, ys);
        ys.forEach((y, row) =>
          xs.forEach((x, column) => {
            const expected = batchGradient(withParam(withParam(s, a, x), b, y)).loss;
            const got = values[row * xs.length + column] as number;
            if (Number.isFinite(expected)) expect(got).toBeCloseTo(expected, 10);
            else expect(Number.isFinite(got)).toBe(false);
          }),
        );
      }),
      { numRuns: 100 },
    );
  });

  it('passes through L(θ) at θ’s own values (mean reduction too)', () => {
    const refs = paramRefs(SINE_SCENARIO.layers);
    const lecture = paramRefs(LECTURE_SCENARIO.layers);
    const a = refs[3] as ParamRef;
    const b = refs.at(-1) as ParamRef;
    const values = lossSurface(
      SINE_SCENARIO,
      a,
      b,
      [paramValue(SINE_SCENARIO, a)],
      [paramValue(SINE_SCENARIO, b)],
    );
    expect(values[0]).toBeCloseTo(batchGradient(SINE_SCENARIO).loss, 12);
    expect(
      lossSurface(LECTURE_SCENARIO, lecture[0] as ParamRef, lecture[1] as ParamRef, [1], [-2])[0],
    ).toBeCloseTo(0.4167981090281, 12);
  });
});

describe('gridPoints and surfaceWindow', () => {
  it('spaces points evenly, ends included', () => {
    expect(gridPoints(-1, 1, 5)).toEqual([-1, -0.5, 0, 0.5, 1]);
  });

  it('frames the path with a margin, at least ±1', () => {
    expect(surfaceWindow([0.2, 0.3])).toEqual([0.25 - 1, 0.25 + 1]);
    const [lo, hi] = surfaceWindow([-4, 6, Number.NaN]);
    expect(lo).toBeCloseTo(1 - 6.5, 12);
    expect(hi).toBeCloseTo(1 + 6.5, 12);
    expect(surfaceWindow([])).toEqual([-1, 1]);
  });
});
