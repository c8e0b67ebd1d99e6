import { describe, expect, it } from 'vitest';
import { batchGradient, forwardBackward } from '../index';
import { paramRefs } from './params';
import { SINE_SCENARIO, XOR_SCENARIO } from './presets';
import { exampleGradients } from './perExample';
import { updateRows } from './update';
import { replay } from './replay';

describe('exampleGradients: ∂L/∂w = Σₙ ∂Cⁿ/∂w', () => {
  it('sums the examples’ gradients to the batch gradient (reduction sum)', () => {
    const batch = batchGradient(XOR_SCENARIO);
    for (const ref of paramRefs(XOR_SCENARIO.layers)) {
      const { perExample, total } = exampleGradients(XOR_SCENARIO, ref);
      expect(perExample).toHaveLength(4);
      const expected =
        ref.kind === 'w' ? batch.dW[ref.layer]?.[ref.j]?.[ref.k] : batch.db[ref.layer]?.[ref.j];
      expect(total).toBeCloseTo(expected ?? NaN, 14);
    }
  });

  it('averages them with reduction mean, each one being that example’s own gradient', () => {
    const ref = paramRefs(SINE_SCENARIO.layers)[0];
    if (ref === undefined) throw new Error('no parameter');
    const { perExample, total } = exampleGradients(SINE_SCENARIO, ref);
    expect(perExample[5]).toBe(forwardBackward(SINE_SCENARIO, 5).dW[0]?.[0]?.[0]);
    expect(total).toBeCloseTo(batchGradient(SINE_SCENARIO).dW[0]?.[0]?.[0] ?? NaN, 14);
  });
});

describe('updateRows', () => {
  it('lists θᵗ, −η·∂L/∂θ and θᵗ⁺¹ for every parameter; θᵗ⁺¹ is the next iteration exactly', () => {
    const now = replay(XOR_SCENARIO, 7).scenario;
    const next = replay(XOR_SCENARIO, 8).scenario;
    const rows = updateRows(now, batchGradient(now));
    expect(rows).toHaveLength(9);
    const w = rows[0];
    expect(w?.value).toBe(now.weights[0]?.[0]?.[0]);
    expect(w?.next).toBe(next.weights[0]?.[0]?.[0]);
    expect(w?.change).toBe(-2 * (w?.gradient ?? NaN));
    expect(rows.at(-1)?.next).toBe(next.biases[1]?.[0]);
  });
});
