import type { Operand } from '../trace';
import { batchGradient, type BatchGradient } from './batch';
import { ids, keys } from './ids';
import { neuronSymbol, weightSymbol } from './notation';
import type { UpdateBStep, UpdateWStep } from './steps';
import type { NetworkTraceContext } from './trace-context';

/**
 * The update, neuron by neuron: θ′ = θ − η ∂L/∂θ for each incoming weight, then the bias,
 * where L sums (or averages, by the scenario's reduction) the cost over every sample, so
 * ∂L/∂θ is the batch gradient, not this example's.
 */
export function updateSteps(ctx: NetworkTraceContext): (UpdateWStep | UpdateBStep)[] {
  const { layers, L, values } = ctx;
  const update = updateContext(ctx);
  const { batch, eta } = update;
  const steps: (UpdateWStep | UpdateBStep)[] = [];
  for (let l = 1; l <= L; l++) {
    for (let j = 0; j < (layers[l] ?? 0); j++) {
      for (let k = 0; k < (layers[l - 1] ?? 0); k++) {
        const g = ctx.at(batch.dW[l - 1], j, k);
        values.set(keys.dLdW(l - 1, k, j), g);
        values.set(keys.wNext(l - 1, k, j), ctx.at(ctx.scenario.weights[l - 1], j, k) - eta * g);
      }
      const g = ctx.at(batch.db, l - 1, j);
      values.set(keys.dLdb(l, j), g);
      values.set(keys.bNext(l, j), ctx.at(ctx.scenario.biases, l - 1, j) - eta * g);
      steps.push(...neuronUpdateSteps(ctx, update, l, j));
    }
  }
  return steps;
}

/** What every update step reads: the batch gradient (over all samples) and η. */
export interface UpdateContext {
  readonly batch: BatchGradient;
  readonly eta: number;
  readonly etaOperand: Operand;
  readonly samples: number;
}

/** The update's context for the trace's scenario: its batch gradient is computed here. */
export function updateContext(ctx: NetworkTraceContext): UpdateContext {
  const { scenario } = ctx;
  const eta = scenario.learningRate;
  return {
    batch: batchGradient(scenario),
    eta,
    etaOperand: { symbol: '\\eta', value: eta },
    samples: scenario.samples.length,
  };
}

/** The update steps of neuron j of layer l: each incoming weight, then the bias. */
export function neuronUpdateSteps(
  ctx: NetworkTraceContext,
  update: UpdateContext,
  l: number,
  j: number,
): (UpdateWStep | UpdateBStep)[] {
  const { layers, scenario } = ctx;
  const { batch, eta, etaOperand, samples } = update;
  const steps: (UpdateWStep | UpdateBStep)[] = [];
  const params = { layer: l, neuron: ctx.n(l, j), samples, reduction: scenario.reduction };
  for (let k = 0; k < (layers[l - 1] ?? 0); k++) {
    const w = ctx.at(scenario.weights[l - 1], j, k);
    const g = ctx.at(batch.dW[l - 1], j, k);
    const next = w - eta * g;
    const symbol = weightSymbol(layers, l - 1, k, j);
    steps.push({
      phase: 'update',
      kind: 'update-w',
      reads: [ids.edge(l - 1, k, j)],
      writes: [ids.edge(l - 1, k, j)],
      reveals: [keys.dLdW(l - 1, k, j), keys.wNext(l - 1, k, j)],
      operands: [
        { symbol, value: w, key: keys.w(l - 1, k, j) },
        etaOperand,
        {
          symbol: `\\frac{\\partial L}{\\partial ${symbol}}`,
          value: g,
          key: keys.dLdW(l - 1, k, j),
        },
      ],
      resultSymbol: `${symbol}'`,
      result: next,
      narrationKey: 'network.update.w',
      params,
    });
  }
  const b = ctx.at(scenario.biases, l - 1, j);
  const g = ctx.at(batch.db, l - 1, j);
  const symbol = neuronSymbol('b', layers, l, j);
  steps.push({
    phase: 'update',
    kind: 'update-b',
    reads: [ids.bias(l, j)],
    writes: [ids.bias(l, j)],
    reveals: [keys.dLdb(l, j), keys.bNext(l, j)],
    operands: [
      { symbol, value: b, key: keys.b(l, j) },
      etaOperand,
      { symbol: `\\frac{\\partial L}{\\partial ${symbol}}`, value: g, key: keys.dLdb(l, j) },
    ],
    resultSymbol: `${symbol}'`,
    result: b - eta * g,
    narrationKey: 'network.update.b',
    params,
  });
  return steps;
}
