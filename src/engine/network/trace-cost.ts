import type { Operand } from '../trace';
import { ids, keys } from './ids';
import { neuronSymbol } from './notation';
import type { CostStep } from './steps';
import type { NetworkTraceContext } from './trace-context';

/** TeX for the target of output j: ŷ_{j+1}. */
export const targetSymbol = (j: number): string => `\\hat{y}_{${j + 1}}`;

/** The cost of the example: one step, reading every output and its target. */
export function costStep(ctx: NetworkTraceContext): CostStep {
  const { layers, L, fb, example, values, scenario } = ctx;
  const outputs = layers[L] ?? 0;
  const operands: Operand[] = [];
  for (let j = 0; j < outputs; j++) {
    operands.push({
      symbol: neuronSymbol('a', layers, L, j),
      value: ctx.at(fb.a, L - 1, j),
      key: keys.a(L, j),
    });
    operands.push({ symbol: targetSymbol(j), value: example.y[j] ?? NaN, key: keys.y(j) });
  }
  values.set(keys.loss, fb.loss);
  return {
    phase: 'cost',
    kind: 'cost',
    reads: Array.from({ length: outputs }, (_, j) => ids.neuron(L, j)),
    writes: [ids.loss],
    reveals: [keys.loss],
    operands,
    resultSymbol: 'C',
    result: fb.loss,
    narrationKey: 'network.cost',
    params: { loss: scenario.loss, outputs },
  };
}
