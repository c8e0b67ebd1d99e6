import { describe, expect, it } from 'vitest';
import { LECTURE_SCENARIO } from '../network/lecture';
import type { NetworkScenario } from '../network/types';
import { XOR_SCENARIO, SINE_SCENARIO } from './presets';
import { TrainingRun } from './run';
import { examplesEtaSearch } from './suggest';

/** Runs the scene's own search from where the warning's η took effect; the η it suggests. */
function suggestFor(network: NetworkScenario, steps: number): number | null {
  const run = new TrainingRun(network);
  run.goTo(steps);
  run.inspect();
  expect(run.warning ?? run.divergence).not.toBeNull();
  const origin = run.segmentOrigin;
  if (origin === null) throw new Error('no origin');
  const search = examplesEtaSearch(network, origin.iteration, origin.theta, run.eta);
  while (!search.advance(5000));
  expect(search.result.trials.length).toBeGreaterThan(0);
  return search.result.learningRate;
}

describe('the η the gradient-descent scene suggests', () => {
  it.each([
    ['the lecture network at η = 10⁶', { ...LECTURE_SCENARIO, learningRate: 1e6 }],
    ['XOR at η = 10⁴', { ...XOR_SCENARIO, learningRate: 1e4 }],
    ['sin x at η = 5', { ...SINE_SCENARIO, learningRate: 5 }],
    ['sin x at η = 50', { ...SINE_SCENARIO, learningRate: 50 }],
  ])('%s: was tried, and trains 2,000 steps without a warning or a divergence', (_, network) => {
    const eta = suggestFor(network, 20);
    expect(eta).not.toBeNull();
    expect(eta).toBeLessThan(network.learningRate);
    const run = new TrainingRun({ ...network, learningRate: eta ?? NaN });
    const start = run.loss;
    run.goTo(2000);
    run.inspect();
    expect(run.divergence).toBeNull();
    expect(run.warning).toBeNull();
    expect(run.loss).toBeLessThan(start);
  });
});
