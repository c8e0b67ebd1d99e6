import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { batchGradient, trainStep, type NetworkScenario } from '../index';
import { arbitraryNetwork } from '../testing/arbitraryScenario';
import { paramRefs, paramValue } from './params';
import { SINE_SCENARIO, XOR_SCENARIO } from './presets';
import { replay } from './replay';
import { TrainingRun } from './run';

/** θ after n successive trainStep calls, and whether any of them left something non-finite. */
function stepped(scenario: NetworkScenario, n: number): NetworkScenario[] {
  const thetas = [scenario];
  for (let i = 0; i < n; i++) thetas.push(trainStep(thetas[i] as NetworkScenario));
  return thetas;
}

const params = (s: NetworkScenario) => paramRefs(s.layers).map((ref) => paramValue(s, ref));
const finiteScenario = (s: NetworkScenario) => {
  const g = batchGradient(s);
  return [...params(s), g.loss, ...g.dW.flat(2), ...g.db.flat()].every(Number.isFinite);
};

describe('replay(s, n)', () => {
  it('equals n successive trainStep calls, bit for bit, with L(θⁱ) and ‖∂L/∂W_l‖ at each i', () => {
    const thetas = stepped(XOR_SCENARIO, 25);
    const r = replay(XOR_SCENARIO, 25);
    expect(r.iteration).toBe(25);
    expect(r.divergence).toBeNull();
    expect(r.scenario.weights).toEqual(thetas[25]?.weights);
    expect(r.scenario.biases).toEqual(thetas[25]?.biases);
    expect(r.losses).toHaveLength(26);
    thetas.forEach((theta, i) => {
      const g = batchGradient(theta);
      expect(r.losses[i]).toBe(g.loss);
      g.dW.forEach((layer, l) =>
        expect(r.gradientNorms[l]?.[i]).toBeCloseTo(Math.hypot(...layer.flat()), 14),
      );
    });
  });

  it('equals n trainStep calls for random networks, or stops where they first turn non-finite', () => {
    fc.assert(
      fc.property(arbitraryNetwork(), fc.integer({ min: 0, max: 12 }), (s, n) => {
        const thetas = stepped(s, n);
        const r = replay(s, n);
        const firstBad = thetas.findIndex((t) => !finiteScenario(t));
        if (firstBad === -1) {
          expect(r.iteration).toBe(n);
          expect(r.divergence).toBeNull();
        } else {
          expect(r.divergence).toEqual({ step: firstBad });
          expect(r.iteration).toBe(Math.max(0, firstBad - 1));
        }
        const reached = thetas[r.iteration] as NetworkScenario;
        expect(r.scenario.weights).toEqual(reached.weights);
        expect(r.scenario.biases).toEqual(reached.biases);
      }),
      { numRuns: 150 },
    );
  });

  it('replay(s, 0) is θ⁰ with its loss', () => {
    const r = replay(SINE_SCENARIO, 0);
    expect(r.scenario.weights).toEqual(SINE_SCENARIO.weights);
    expect(Array.from(r.losses)).toEqual([batchGradient(SINE_SCENARIO).loss]);
  });
});

describe('TrainingRun', () => {
  it('goes back by restoring a checkpoint and stepping forward, to exactly the same θ', () => {
    // A tiny checkpoint capacity makes the stride double many times.
    const run = new TrainingRun(XOR_SCENARIO, 4);
    run.goTo(1000);
    for (const target of [537, 3, 0, 999, 1000, 64]) {
      expect(run.goTo(target)).toBe(target);
      const expected = replay(XOR_SCENARIO, target);
      expect(run.theta().weights).toEqual(expected.scenario.weights);
      expect(run.theta().biases).toEqual(expected.scenario.biases);
      expect(run.loss).toBe(expected.losses[target]);
      expect(Array.from(run.lossHistory())).toEqual(Array.from(expected.losses));
      expect(Array.from(run.normHistory(1))).toEqual(Array.from(expected.gradientNorms[1] ?? []));
    }
  });

  it('keeps the gradient of the current iteration', () => {
    const run = new TrainingRun(SINE_SCENARIO);
    run.advance(17);
    const expected = batchGradient(replay(SINE_SCENARIO, 17).scenario);
    expect(run.gradient()).toEqual({ dW: expected.dW, db: expected.db });
  });

  it('traces a parameter along the run: every iteration at first, then thinner, always with t', () => {
    const run = new TrainingRun(XOR_SCENARIO, 8);
    const ref = paramRefs(XOR_SCENARIO.layers)[4];
    if (ref === undefined) throw new Error('no parameter 4');
    run.goTo(5);
    expect(run.parameterPath(ref.index).iterations).toEqual([0, 1, 2, 3, 4, 5]);
    run.goTo(100);
    const path = run.parameterPath(ref.index);
    expect(path.iterations[0]).toBe(0);
    expect(path.iterations.at(-1)).toBe(100);
    expect(path.iterations.length).toBeLessThanOrEqual(9);
    path.iterations.forEach((i, n) =>
      expect(path.values[n]).toBe(paramValue(replay(XOR_SCENARIO, i).scenario, ref)),
    );
  });
});

describe('divergence', () => {
  const huge: NetworkScenario = { ...SINE_SCENARIO, learningRate: 1e6 };

  it('stops at the last finite θ when a step makes the loss non-finite', () => {
    const run = new TrainingRun(huge);
    const reached = run.goTo(1000);
    const step = run.divergence?.step ?? NaN;
    expect(step).toBeGreaterThan(0);
    expect(reached).toBe(step - 1);
    expect(finiteScenario(run.theta())).toBe(true);
    expect(Number.isFinite(run.loss)).toBe(true);
    // The next step is the one that is not finite.
    expect(finiteScenario(trainStep(run.theta()))).toBe(false);
    // The run cannot pass it, going back and forth.
    expect(run.advance(10)).toBe(0);
    run.goTo(0);
    expect(run.goTo(5000)).toBe(step - 1);
    expect(replay(huge, 5000)).toMatchObject({ iteration: step - 1, divergence: { step } });
  });

  it('reports step 0 when the loss at θ⁰ is already not finite', () => {
    const broken: NetworkScenario = {
      ...XOR_SCENARIO,
      activation: ['linear', 'linear'],
      weights: [
        [
          [1e308, 1e308],
          [0, 0],
        ],
        [[1e308, 0]],
      ],
    };
    const r = replay(broken, 10);
    expect(r.divergence).toEqual({ step: 0 });
    expect(r.iteration).toBe(0);
  });
});
