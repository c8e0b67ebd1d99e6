import type { Operand } from '../trace';
import { ids, keys } from './ids';
import { neuronSymbol, weightSymbol } from './notation';
import type { AmpStep, DCdyStep, SumStep } from './steps';
import { targetSymbol } from './trace-cost';
import type { NetworkTraceContext } from './trace-context';

/**
 * The backward pass: the reverse network, from the output layer back to the first. Each
 * op-amp first gets its input ∂C/∂a (from the cost at the output layer, else the sum of
 * the next layer's δ weighted by the same weights), then outputs δ = σ′(z) · ∂C/∂a.
 */
export function backwardSteps(ctx: NetworkTraceContext): (DCdyStep | SumStep | AmpStep)[] {
  const { layers, L, fb, values } = ctx;
  const steps: (DCdyStep | SumStep | AmpStep)[] = [];
  for (let l = L; l >= 1; l--) {
    for (let j = 0; j < (layers[l] ?? 0); j++) {
      values.set(keys.dCda(l, j), ctx.at(fb.dCda, l - 1, j));
      values.set(keys.gain(l, j), ctx.at(fb.gain, l - 1, j));
      values.set(keys.delta(l, j), ctx.at(fb.delta, l - 1, j));
      steps.push(...neuronBackwardSteps(ctx, l, j));
    }
  }
  return steps;
}

/** The two backward steps of the op-amp of neuron j of layer l: its input, then δ. */
export function neuronBackwardSteps(
  ctx: NetworkTraceContext,
  l: number,
  j: number,
): [DCdyStep | SumStep, AmpStep] {
  const { layers, L, scenario } = ctx;
  const params = { layer: l, neuron: ctx.n(l, j), activation: ctx.activation(l) };
  const loss = scenario.loss;
  const input =
    l === L
      ? outputInputStep(ctx, l, j, { ...params, loss, output: j + 1, outputs: layers[L] ?? 0 })
      : sumStep(ctx, l, j, { ...params, loss, next: layers[l + 1] ?? 0 });
  return [input, ampStep(ctx, l, j, input, { ...params, loss, output: l === L ? 1 : 0 })];
}

/** ∂C/∂y of an output neuron, straight from the cost: the input of its op-amp. */
function outputInputStep(
  ctx: NetworkTraceContext,
  l: number,
  j: number,
  params: DCdyStep['params'],
): DCdyStep {
  const { layers, fb, example } = ctx;
  return {
    phase: 'backward',
    kind: 'dCdy',
    reads: [ids.loss, ids.neuron(l, j)],
    writes: [ids.amp(l, j)],
    reveals: [keys.dCda(l, j)],
    operands: [
      { symbol: neuronSymbol('a', layers, l, j), value: ctx.at(fb.a, l - 1, j), key: keys.a(l, j) },
      { symbol: targetSymbol(j), value: example.y[j] ?? NaN, key: keys.y(j) },
    ],
    resultSymbol: `\\frac{\\partial C}{\\partial y_{${j + 1}}}`,
    result: ctx.at(fb.dCda, l - 1, j),
    narrationKey: 'network.backward.output',
    params,
  };
}

/** ∂C/∂a of a hidden neuron: Σ w·δ over the neurons of the next layer it feeds. */
function sumStep(
  ctx: NetworkTraceContext,
  l: number,
  j: number,
  params: SumStep['params'],
): SumStep {
  const { layers, fb, scenario } = ctx;
  const operands: Operand[] = [];
  const reads: string[] = [];
  for (let i = 0; i < params.next; i++) {
    operands.push({
      symbol: weightSymbol(layers, l, j, i),
      value: ctx.at(scenario.weights[l], i, j),
      key: keys.w(l, j, i),
    });
    operands.push({
      symbol: neuronSymbol('\\delta', layers, l + 1, i),
      value: ctx.at(fb.delta, l, i),
      key: keys.delta(l + 1, i),
    });
    reads.push(ids.amp(l + 1, i), ids.edge(l, j, i));
  }
  return {
    phase: 'backward',
    kind: 'sum',
    reads,
    writes: [ids.amp(l, j)],
    reveals: [keys.dCda(l, j)],
    operands,
    resultSymbol: `\\frac{\\partial C}{\\partial ${neuronSymbol('a', layers, l, j)}}`,
    result: ctx.at(fb.dCda, l - 1, j),
    narrationKey: 'network.backward.sum',
    params,
  };
}

/** The op-amp's output δ = σ′(z) · (its input, the result of `input`). */
function ampStep(
  ctx: NetworkTraceContext,
  l: number,
  j: number,
  input: DCdyStep | SumStep,
  params: AmpStep['params'],
): AmpStep {
  const { layers, fb } = ctx;
  const z = neuronSymbol('z', layers, l, j);
  return {
    phase: 'backward',
    kind: 'amp',
    reads: [ids.amp(l, j)],
    writes: [ids.amp(l, j), ids.neuron(l, j)],
    reveals: [keys.gain(l, j), keys.delta(l, j)],
    operands: [
      { symbol: z, value: ctx.at(fb.z, l - 1, j), key: keys.z(l, j) },
      { symbol: `\\sigma'(${z})`, value: ctx.at(fb.gain, l - 1, j), key: keys.gain(l, j) },
      { symbol: input.resultSymbol, value: input.result, key: keys.dCda(l, j) },
    ],
    resultSymbol: neuronSymbol('\\delta', layers, l, j),
    result: ctx.at(fb.delta, l - 1, j),
    narrationKey: 'network.backward.amp',
    params,
  };
}
