import { assertNever } from '../../lib/assertNever';
import { lazyArray, lazyMap } from '../lazy';
import type { Trace } from '../trace';
import type { NetworkTraceStep } from './steps';
import { neuronBackwardSteps } from './trace-backward';
import { traceContext } from './trace-context';
import { costStep } from './trace-cost';
import { neuronForwardSteps } from './trace-forward';
import { neuronGradientSteps } from './trace-gradients';
import { traceUnits, type TraceUnit } from './trace-units';
import { neuronUpdateSteps, updateContext } from './trace-update';
import type { NetworkScenario } from './types';
import { quantityKeys, readKey } from './trace-keys';
import { networkStepFact } from './trace-facts';

/**
 * The same trace as {@link buildNetworkTrace}, step for step and value for value, made on
 * demand: opening it costs the forward and backward pass and the batch gradient, and a
 * step is made (with the rest of its neuron's steps) when it is first read. A value is
 * read from the passes by its key, and the step that reveals it is found from the key.
 */
export function lazyNetworkTrace(scenario: NetworkScenario, sample = 0): Trace<NetworkTraceStep> {
  const ctx = traceContext(scenario, sample);
  const { layers, fb, example, at } = ctx;
  const L = layers.length - 1;
  const plan = traceUnits(layers);
  let update: ReturnType<typeof updateContext> | undefined;
  const updateOf = () => (update ??= updateContext(ctx));

  const stepsOf = (unit: TraceUnit): readonly NetworkTraceStep[] => {
    const { layer: l, neuron: j } = unit;
    switch (unit.phase) {
      case 'forward':
        return neuronForwardSteps(ctx, l, j);
      case 'cost':
        return [costStep(ctx)];
      case 'backward':
        return neuronBackwardSteps(ctx, l, j);
      case 'gradients':
        return neuronGradientSteps(ctx, l, j);
      case 'update':
        return neuronUpdateSteps(ctx, updateOf(), l, j);
      default:
        return assertNever(unit.phase);
    }
  };
  const steps = lazyArray<NetworkTraceStep>(plan.total, (index) => {
    const unit = plan.unitOf(index);
    return unit === undefined
      ? { start: index, items: [] }
      : { start: unit.start, items: stepsOf(unit) };
  });

  const neuronAt = (l: number, j: number) => l >= 1 && l <= L && j < (layers[l] ?? 0);
  const weightAt = (m: number, k: number, j: number) =>
    m >= 0 && m < L && k < (layers[m] ?? 0) && j < (layers[m + 1] ?? 0);
  const value = (key: string): number | undefined => {
    const q = readKey(key);
    if (q === undefined) return undefined;
    const [l, p, r] = q.at;
    switch (q.kind) {
      case 'a':
        if (l === 0) return p < example.x.length ? example.x[p] : undefined;
        return neuronAt(l, p) ? at(fb.a, l - 1, p) : undefined;
      case 'y':
        return l < example.y.length ? example.y[l] : undefined;
      case 'w': {
        const row = scenario.weights[l]?.[r];
        return row !== undefined && p < row.length ? row[p] : undefined;
      }
      case 'b': {
        const row = scenario.biases[l - 1];
        return l >= 1 && row !== undefined && p < row.length ? row[p] : undefined;
      }
      case 'z':
        return neuronAt(l, p) ? at(fb.z, l - 1, p) : undefined;
      case 'loss':
        return fb.loss;
      case 'dCda':
        return neuronAt(l, p) ? at(fb.dCda, l - 1, p) : undefined;
      case 'gain':
        return neuronAt(l, p) ? at(fb.gain, l - 1, p) : undefined;
      case 'delta':
      case 'db':
        return neuronAt(l, p) ? at(fb.delta, l - 1, p) : undefined;
      case 'dW':
        return weightAt(l, p, r) ? at(fb.dW[l], r, p) : undefined;
      case 'dLdW':
        return weightAt(l, p, r) ? at(updateOf().batch.dW[l], r, p) : undefined;
      case 'wNext':
        return weightAt(l, p, r)
          ? at(scenario.weights[l], r, p) - updateOf().eta * at(updateOf().batch.dW[l], r, p)
          : undefined;
      case 'dLdb':
        return neuronAt(l, p) ? at(updateOf().batch.db, l - 1, p) : undefined;
      case 'bNext':
        return neuronAt(l, p)
          ? at(scenario.biases, l - 1, p) - updateOf().eta * at(updateOf().batch.db, l - 1, p)
          : undefined;
      default:
        return assertNever(q.kind);
    }
  };

  const revealed = (key: string): number | undefined => {
    const q = readKey(key);
    if (q === undefined) return undefined;
    const [l, p, r] = q.at;
    const start = (phase: TraceUnit['phase'], layer: number, neuron: number, offset = 0) => {
      const unit = plan.find(phase, layer, neuron);
      return unit === undefined ? undefined : unit.start + offset;
    };
    switch (q.kind) {
      case 'z':
        return start('forward', l, p);
      case 'a':
        return l === 0 ? undefined : start('forward', l, p, 1);
      case 'loss':
        return start('cost', L, 0);
      case 'dCda':
        return start('backward', l, p);
      case 'gain':
      case 'delta':
        return start('backward', l, p, 1);
      case 'dW':
        return weightAt(l, p, r) ? start('gradients', l + 1, r, p) : undefined;
      case 'db':
        return start('gradients', l, p, layers[l - 1] ?? 0);
      case 'dLdW':
      case 'wNext':
        return weightAt(l, p, r) ? start('update', l + 1, r, p) : undefined;
      case 'dLdb':
      case 'bNext':
        return start('update', l, p, layers[l - 1] ?? 0);
      case 'y':
      case 'w':
      case 'b':
        return undefined;
      default:
        return assertNever(q.kind);
    }
  };

  const fact = (index: number) => {
    const unit = plan.unitOf(index);
    return unit === undefined
      ? undefined
      : networkStepFact(ctx, updateOf, unit, index - unit.start);
  };
  return {
    steps,
    facts: { describes: (other) => other === steps, fact },
    values: lazyMap(value, () => quantityKeys(scenario, example, 'values')),
    revealedAt: lazyMap(revealed, () => quantityKeys(scenario, example, 'revealed')),
    phases: plan.phases,
  };
}
