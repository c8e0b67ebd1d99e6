import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { valueAt } from '../trace';
import { arbitraryNetwork } from '../testing/arbitraryScenario';
import { forwardBackward } from './forwardBackward';
import { keys } from './ids';
import { LECTURE_SCENARIO } from './lecture';
import { buildNetworkTrace } from './trace';

describe('the network trace of the lecture example', () => {
  const trace = buildNetworkTrace(LECTURE_SCENARIO);

  it('walks forward, cost, backward, gradients, update with one step per elementary computation', () => {
    expect(trace.phases.map((p) => [p.phase, p.end - p.start])).toEqual([
      ['forward', 12], // 6 neurons × (z, a)
      ['cost', 1],
      ['backward', 12], // 6 op-amps × (input, output)
      ['gradients', 18], // 12 weights + 6 biases
      ['update', 18],
    ]);
    expect(trace.steps).toHaveLength(61);
  });

  it('runs the reverse network in the lecture order z₅, z₆ → z₃, z₄ → z₁, z₂', () => {
    const order = trace.steps.filter((s) => s.kind === 'amp').map((s) => s.params.neuron);
    expect(order).toEqual([5, 6, 3, 4, 1, 2]);
  });

  it('computes each op-amp input as Σ w·δ of the next layer and its output as σ′(z) times it', () => {
    const sum = trace.steps.find((s) => s.kind === 'sum' && s.params.neuron === 3);
    expect(sum?.writes).toEqual(['amp-2-0']);
    expect(sum?.reads).toEqual(['amp-3-0', 'edge-2-0-0', 'amp-3-1', 'edge-2-0-1']);
    const ops = sum?.operands ?? [];
    expect(ops.map((o) => o.symbol)).toEqual(['w_{5,3}', '\\delta_{5}', 'w_{6,3}', '\\delta_{6}']);
    expect(sum?.result).toBeCloseTo(3 * -0.0902773290118988 + -1 * 0.11746813288383, 14);
    const amp = trace.steps.find((s) => s.kind === 'amp' && s.params.neuron === 1);
    expect(amp?.result).toBeCloseTo(-0.00356516285370642, 15);
    expect((amp?.operands[1]?.value ?? 0) * (amp?.operands[2]?.value ?? 0)).toBeCloseTo(
      amp?.result ?? NaN,
      15,
    );
  });

  it('writes the forward formula with its numbers: z₃ = w₃,₁a₁ + w₃,₂a₂ + b₃', () => {
    const z3 = trace.steps.find((s) => s.kind === 'z' && s.params.neuron === 3);
    expect(z3?.operands.map((o) => o.symbol)).toEqual([
      'w_{3,1}',
      'a_{1}',
      'w_{3,2}',
      'a_{2}',
      'b_{3}',
    ]);
    expect(z3?.operands.map((o) => o.value).slice(0, 1)).toEqual([2]);
    expect(z3?.result).toBeCloseTo(1.8448246580537, 12);
  });

  it('gives each ∂C/∂w as the product of a forward value (∂z/∂w) and a backward value (δ)', () => {
    for (const step of trace.steps.filter((s) => s.kind === 'dW')) {
      const [input, delta] = step.operands;
      expect(step.result).toBe((input?.value ?? NaN) * (delta?.value ?? NaN));
    }
  });

  it('hides every computed value until its step has run, and keeps parameters always visible', () => {
    const zKey = keys.z(2, 0);
    const at = trace.revealedAt.get(zKey) ?? -1;
    expect(at).toBeGreaterThan(0);
    expect(valueAt(trace, zKey, at)).toBeUndefined();
    expect(valueAt(trace, zKey, at + 1)).toBeCloseTo(1.8448246580537, 12);
    expect(valueAt(trace, keys.w(0, 0, 0), 0)).toBe(1);
    expect(valueAt(trace, keys.a(0, 1), 0)).toBe(-1);
    expect(valueAt(trace, keys.loss, trace.steps.length)).toBeCloseTo(0.4167981090281, 12);
    expect(valueAt(trace, keys.bNext(3, 1), trace.steps.length - 1)).toBeUndefined();
    expect(valueAt(trace, keys.bNext(3, 1), trace.steps.length)).toBeCloseTo(
      2 - 0.5 * 0.11746813288383,
      12,
    );
  });
});

describe('network traces of random networks', () => {
  it('reveal every quantity exactly once and agree with forwardBackward', () => {
    fc.assert(
      fc.property(arbitraryNetwork(), (s) => {
        const trace = buildNetworkTrace(s);
        const revealed = trace.steps.flatMap((step) => step.reveals);
        expect(new Set(revealed).size).toBe(revealed.length);
        const r = forwardBackward(s);
        const L = s.layers.length - 1;
        expect(trace.values.get(keys.delta(L, 0))).toBe(r.delta[L - 1]?.[0]);
        const weights = s.layers.slice(1).reduce((t, n, l) => t + n * (s.layers[l] as number), 0);
        const neurons = s.layers.slice(1).reduce((t, n) => t + n, 0);
        expect(trace.steps).toHaveLength(2 * neurons + 1 + 2 * neurons + 2 * (weights + neurons));
      }),
      { numRuns: 100, seed: 9 },
    );
  });
});
