import type { Operand } from '../trace';
import { ids, keys } from './ids';
import { activationSymbol, neuronSymbol, weightSymbol } from './notation';
import type { AStep, ZStep } from './steps';
import type { NetworkTraceContext } from './trace-context';

/**
 * The forward pass, layer by layer from the first after the input, neuron by neuron: z
 * (the weighted sum of the inputs plus the bias; each weight's input is its ∂z/∂w), then
 * a = σ(z).
 */
export function forwardSteps(ctx: NetworkTraceContext): (ZStep | AStep)[] {
  const { layers, L, fb, values } = ctx;
  const steps: (ZStep | AStep)[] = [];
  for (let l = 1; l <= L; l++) {
    for (let j = 0; j < (layers[l] ?? 0); j++) {
      values.set(keys.z(l, j), ctx.at(fb.z, l - 1, j));
      values.set(keys.a(l, j), ctx.at(fb.a, l - 1, j));
      steps.push(...neuronForwardSteps(ctx, l, j));
    }
  }
  return steps;
}

/** The two forward steps of neuron j of layer l: z, then a. */
export function neuronForwardSteps(ctx: NetworkTraceContext, l: number, j: number): [ZStep, AStep] {
  const { layers, L, fb, scenario } = ctx;
  const fanIn = layers[l - 1] ?? 0;
  const operands: Operand[] = [];
  const reads: string[] = [];
  for (let k = 0; k < fanIn; k++) {
    operands.push({
      symbol: weightSymbol(layers, l - 1, k, j),
      value: ctx.at(scenario.weights[l - 1], j, k),
      key: keys.w(l - 1, k, j),
    });
    operands.push({
      symbol: activationSymbol(layers, l - 1, k),
      value: ctx.input(l - 1, k),
      key: keys.a(l - 1, k),
    });
    reads.push(ids.neuron(l - 1, k), ids.edge(l - 1, k, j));
  }
  operands.push({
    symbol: neuronSymbol('b', layers, l, j),
    value: ctx.at(scenario.biases, l - 1, j),
    key: keys.b(l, j),
  });
  reads.push(ids.bias(l, j));
  const z = ctx.at(fb.z, l - 1, j);
  const a = ctx.at(fb.a, l - 1, j);
  const params = { layer: l, neuron: ctx.n(l, j), activation: ctx.activation(l) };
  return [
    {
      phase: 'forward',
      kind: 'z',
      reads,
      writes: [ids.neuron(l, j)],
      reveals: [keys.z(l, j)],
      operands,
      resultSymbol: neuronSymbol('z', layers, l, j),
      result: z,
      narrationKey: 'network.forward.z',
      params,
    },
    {
      phase: 'forward',
      kind: 'a',
      reads: [ids.neuron(l, j)],
      writes: [ids.neuron(l, j)],
      reveals: [keys.a(l, j)],
      operands: [{ symbol: neuronSymbol('z', layers, l, j), value: z, key: keys.z(l, j) }],
      resultSymbol: neuronSymbol('a', layers, l, j),
      result: a,
      narrationKey: 'network.forward.a',
      params: { ...params, next: layers[l + 1] ?? 0, output: l === L ? j + 1 : 0 },
    },
  ];
}
