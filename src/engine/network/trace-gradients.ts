import { ids, keys } from './ids';
import { activationSymbol, neuronSymbol, weightSymbol } from './notation';
import type { DbStep, DWStep } from './steps';
import type { NetworkTraceContext } from './trace-context';

/**
 * The gradients of this example, neuron by neuron: ∂C/∂w = ∂z/∂w · ∂C/∂z, a forward value
 * (the weight's input) times a backward value (δ), for each incoming weight, then
 * ∂C/∂b = δ.
 */
export function gradientSteps(ctx: NetworkTraceContext): (DWStep | DbStep)[] {
  const { layers, L, fb, values } = ctx;
  const steps: (DWStep | DbStep)[] = [];
  for (let l = 1; l <= L; l++) {
    for (let j = 0; j < (layers[l] ?? 0); j++) {
      for (let k = 0; k < (layers[l - 1] ?? 0); k++)
        values.set(keys.dW(l - 1, k, j), ctx.at(fb.dW[l - 1], j, k));
      values.set(keys.db(l, j), ctx.at(fb.delta, l - 1, j));
      steps.push(...neuronGradientSteps(ctx, l, j));
    }
  }
  return steps;
}

/** The gradient steps of neuron j of layer l: ∂C/∂w of each incoming weight, then ∂C/∂b. */
export function neuronGradientSteps(
  ctx: NetworkTraceContext,
  l: number,
  j: number,
): (DWStep | DbStep)[] {
  const { layers, fb } = ctx;
  const steps: (DWStep | DbStep)[] = [];
  const delta = ctx.at(fb.delta, l - 1, j);
  const deltaOperand = {
    symbol: neuronSymbol('\\delta', layers, l, j),
    value: delta,
    key: keys.delta(l, j),
  };
  const neuron = ctx.n(l, j);
  for (let k = 0; k < (layers[l - 1] ?? 0); k++) {
    const g = ctx.at(fb.dW[l - 1], j, k);
    steps.push({
      phase: 'gradients',
      kind: 'dW',
      reads: [ids.neuron(l - 1, k), ids.amp(l, j)],
      writes: [ids.edge(l - 1, k, j)],
      reveals: [keys.dW(l - 1, k, j)],
      operands: [
        {
          symbol: activationSymbol(layers, l - 1, k),
          value: ctx.input(l - 1, k),
          key: keys.a(l - 1, k),
        },
        deltaOperand,
      ],
      resultSymbol: `\\frac{\\partial C}{\\partial ${weightSymbol(layers, l - 1, k, j)}}`,
      result: g,
      narrationKey: 'network.gradient.w',
      params: {
        layer: l,
        neuron,
        from: l === 1 ? `x${k + 1}` : String(ctx.n(l - 1, k)),
      },
    });
  }
  steps.push({
    phase: 'gradients',
    kind: 'db',
    reads: [ids.amp(l, j)],
    writes: [ids.bias(l, j)],
    reveals: [keys.db(l, j)],
    operands: [deltaOperand],
    resultSymbol: `\\frac{\\partial C}{\\partial ${neuronSymbol('b', layers, l, j)}}`,
    result: delta,
    narrationKey: 'network.gradient.b',
    params: { layer: l, neuron },
  });
  return steps;
}
