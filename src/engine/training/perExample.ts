import { forwardBackward } from '../network/forwardBackward';
import type { NetworkScenario } from '../network/types';
import type { ParamRef } from './params';

export interface ExampleGradients {
  /** ∂Cⁿ/∂θ for each example n. */
  readonly perExample: number[];
  /** ∂L/∂θ: their sum (reduction `sum`, the lecture's L = Σₙ Cⁿ) or their mean. */
  readonly total: number;
}

/**
 * One parameter's gradient, example by example, and the total the update uses — the
 * lecture's ∂L/∂w = Σₙ ∂Cⁿ/∂w made visible. Each ∂Cⁿ/∂θ comes from one forward and one
 * backward pass of example n.
 */
export function exampleGradients(scenario: NetworkScenario, ref: ParamRef): ExampleGradients {
  const perExample = scenario.samples.map((_, n) => {
    const r = forwardBackward(scenario, n);
    return ref.kind === 'w'
      ? (r.dW[ref.layer]?.[ref.j]?.[ref.k] ?? NaN)
      : (r.db[ref.layer]?.[ref.j] ?? NaN);
  });
  const sum = perExample.reduce((s, g) => s + g, 0);
  return {
    perExample,
    total: scenario.reduction === 'mean' ? sum / perExample.length : sum,
  };
}
