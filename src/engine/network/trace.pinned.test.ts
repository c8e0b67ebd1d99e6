import { describe, expect, it } from 'vitest';
import { parseScenario } from '../scenario';
import type { Trace } from '../trace';
import { LECTURE_SCENARIO } from './lecture';
import { buildNetworkTrace } from './trace';
import type { NetworkScenario } from './types';

/**
 * The full network trace, pinned: every step (phase, kind, reads, writes, reveals,
 * operands, symbols, result, narration key and params), every value and when it is
 * revealed. Restructuring how the trace is built must leave these files unchanged; a
 * deliberate change to the trace updates them with `vitest run -u` and shows in review.
 */

/**
 * The trace as text: numbers in full precision, non-finite numbers spelled out, the
 * properties of every object in alphabetical order (the order they are written in is not
 * part of the trace).
 */
function serialise(trace: Trace): string {
  const steps = trace.steps.map((step) =>
    Object.fromEntries(Object.entries(step).filter(([name]) => name !== 'formulaKey')),
  );
  const data = {
    steps,
    values: [...trace.values],
    revealedAt: [...trace.revealedAt],
    phases: trace.phases,
  };
  const canonical = (_key: string, value: unknown): unknown => {
    if (typeof value === 'number' && !Number.isFinite(value)) return String(value);
    if (typeof value !== 'object' || value === null || Array.isArray(value)) return value;
    return Object.fromEntries(Object.entries(value).sort(([a], [b]) => (a < b ? -1 : 1)));
  };
  return `${JSON.stringify(data, canonical, 1)}\n`;
}

/** A 3-4-2 network, leaky-relu then sigmoid, cross-entropy, two samples averaged. */
function mixedNetwork(): NetworkScenario {
  const result = parseScenario({
    version: 1,
    kind: 'network',
    layers: [3, 4, 2],
    activation: ['leaky-relu', 'sigmoid'],
    loss: 'bce',
    samples: [
      { x: [0.5, -1, 2], y: [1, 0] },
      { x: [-1.5, 0.25, 1], y: [0, 1] },
    ],
    learningRate: 0.1,
    reduction: 'mean',
    seed: 7,
  });
  if (!result.ok || result.scenario.kind !== 'network') throw new Error('scenario rejected');
  return result.scenario;
}

describe('the network trace, pinned', () => {
  it('of the lecture network', async () => {
    await expect(serialise(buildNetworkTrace(LECTURE_SCENARIO))).toMatchFileSnapshot(
      './__snapshots__/trace.lecture.snap',
    );
  });

  it('of a 3-4-2 mixed-activation network with two samples, for each sample', async () => {
    const scenario = mixedNetwork();
    // Some z of the leaky-relu layer are negative, so its slope 0.01 is exercised.
    expect(buildNetworkTrace(scenario).values.get('z:1:1')).toBeLessThan(0);
    await expect(serialise(buildNetworkTrace(scenario, 0))).toMatchFileSnapshot(
      './__snapshots__/trace.mixed.sample1.snap',
    );
    await expect(serialise(buildNetworkTrace(scenario, 1))).toMatchFileSnapshot(
      './__snapshots__/trace.mixed.sample2.snap',
    );
  });
});
