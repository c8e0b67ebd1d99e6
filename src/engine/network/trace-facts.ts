import { assertNever } from '../../lib/assertNever';
import type { StepFact } from '../trace';
import type { NetworkTraceContext } from './trace-context';
import type { TraceUnit } from './trace-units';
import type { UpdateContext } from './trace-update';

/**
 * The fact of the step `offset` steps into `unit`, read from the passes as the step's
 * builder reads it (trace-forward, trace-cost, trace-backward, trace-gradients,
 * trace-update), so that it equals the made step's kind, result and change exactly.
 */
export function networkStepFact(
  ctx: NetworkTraceContext,
  updateOf: () => UpdateContext,
  unit: TraceUnit,
  offset: number,
): StepFact | undefined {
  if (offset < 0 || offset >= unit.count) return undefined;
  const { layers, L, fb, at, scenario } = ctx;
  const { layer: l, neuron: j } = unit;
  const fact = (kind: StepFact['kind'], result: number, change = NaN, output = 0) => ({
    kind,
    result,
    change,
    output,
  });
  const fanIn = layers[l - 1] ?? 0;
  switch (unit.phase) {
    case 'forward':
      return offset === 0
        ? fact('z', at(fb.z, l - 1, j))
        : fact('a', at(fb.a, l - 1, j), NaN, l === L ? j + 1 : 0);
    case 'cost':
      return fact('cost', fb.loss);
    case 'backward':
      return offset === 0
        ? fact(l === L ? 'dCdy' : 'sum', at(fb.dCda, l - 1, j))
        : fact('amp', at(fb.delta, l - 1, j));
    case 'gradients':
      return offset < fanIn
        ? fact('dW', at(fb.dW[l - 1], j, offset))
        : fact('db', at(fb.delta, l - 1, j));
    case 'update': {
      const { batch, eta } = updateOf();
      if (offset < fanIn) {
        const w = at(scenario.weights[l - 1], j, offset);
        const next = w - eta * at(batch.dW[l - 1], j, offset);
        return fact('update-w', next, next - w);
      }
      const b = at(scenario.biases, l - 1, j);
      const next = b - eta * at(batch.db, l - 1, j);
      return fact('update-b', next, next - b);
    }
    default:
      return assertNever(unit.phase);
  }
}
