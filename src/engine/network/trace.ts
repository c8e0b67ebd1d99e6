import { makeTrace, type Operand, type Trace } from '../trace';
import { batchGradient } from './batch';
import { forwardBackward } from './forwardBackward';
import { ids, keys } from './ids';
import { activationSymbol, neuronNumber, neuronSymbol, weightSymbol } from './notation';
import type { NetworkTraceStep } from './steps';
import type { NetworkScenario } from './types';

/**
 * The network scene's walk-through for example `sample`, in the lecture's order:
 * forward (z then a, neuron by neuron), the cost, backward (the reverse network from the
 * output layer back, each op-amp's input sum then its output δ = σ′(z)·sum), the
 * gradients ∂C/∂w = a_in · δ and ∂C/∂b = δ, and the update θ − η·∂L/∂θ (with L summed or
 * averaged over all samples).
 */
export function buildNetworkTrace(scenario: NetworkScenario, sample = 0): Trace<NetworkTraceStep> {
  const { layers, weights, biases } = scenario;
  const fb = forwardBackward(scenario, sample);
  const batch = batchGradient(scenario);
  const example = scenario.samples[sample] ?? { x: [], y: [] };
  const L = layers.length - 1;
  const values = new Map<string, number>();
  const steps: NetworkTraceStep[] = [];
  const at = (m: readonly (readonly number[])[] | undefined, i: number, j: number) =>
    m?.[i]?.[j] ?? NaN;

  example.x.forEach((x, k) => values.set(keys.a(0, k), x));
  example.y.forEach((y, j) => values.set(keys.y(j), y));
  weights.forEach((W, l) =>
    W.forEach((row, j) => row.forEach((w, k) => values.set(keys.w(l, k, j), w))),
  );
  biases.forEach((bl, l) => bl.forEach((b, j) => values.set(keys.b(l + 1, j), b)));
  const input = (layer: number, k: number) => values.get(keys.a(layer, k)) ?? NaN;
  const n = (layer: number, j: number) => neuronNumber(layers, layer, j);

  // Forward pass.
  for (let l = 1; l <= L; l++) {
    for (let j = 0; j < (layers[l] ?? 0); j++) {
      const fanIn = layers[l - 1] ?? 0;
      const operands: Operand[] = [];
      const reads: string[] = [];
      for (let k = 0; k < fanIn; k++) {
        operands.push({
          symbol: weightSymbol(layers, l - 1, k, j),
          value: at(weights[l - 1], j, k),
          key: keys.w(l - 1, k, j),
        });
        operands.push({
          symbol: activationSymbol(layers, l - 1, k),
          value: input(l - 1, k),
          key: keys.a(l - 1, k),
        });
        reads.push(ids.neuron(l - 1, k), ids.edge(l - 1, k, j));
      }
      operands.push({
        symbol: neuronSymbol('b', layers, l, j),
        value: at(biases, l - 1, j),
        key: keys.b(l, j),
      });
      reads.push(ids.bias(l, j));
      const z = at(fb.z, l - 1, j);
      const a = at(fb.a, l - 1, j);
      values.set(keys.z(l, j), z);
      values.set(keys.a(l, j), a);
      const params = {
        layer: l,
        neuron: n(l, j),
        activation: scenario.activation[l - 1] ?? 'linear',
      };
      steps.push({
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
      });
      steps.push({
        phase: 'forward',
        kind: 'a',
        reads: [ids.neuron(l, j)],
        writes: [ids.neuron(l, j)],
        reveals: [keys.a(l, j)],
        operands: [{ symbol: neuronSymbol('z', layers, l, j), value: z, key: keys.z(l, j) }],
        resultSymbol: neuronSymbol('a', layers, l, j),
        result: a,
        narrationKey: 'network.forward.a',
        params,
      });
    }
  }

  // The cost of this example.
  const outputs = layers[L] ?? 0;
  const costOperands: Operand[] = [];
  for (let j = 0; j < outputs; j++) {
    costOperands.push({
      symbol: neuronSymbol('a', layers, L, j),
      value: at(fb.a, L - 1, j),
      key: keys.a(L, j),
    });
    costOperands.push({
      symbol: `\\hat{y}_{${j + 1}}`,
      value: example.y[j] ?? NaN,
      key: keys.y(j),
    });
  }
  values.set(keys.loss, fb.loss);
  steps.push({
    phase: 'cost',
    kind: 'cost',
    reads: Array.from({ length: outputs }, (_, j) => ids.neuron(L, j)),
    writes: [ids.loss],
    reveals: [keys.loss],
    operands: costOperands,
    resultSymbol: 'C',
    result: fb.loss,
    narrationKey: 'network.cost',
    params: { loss: scenario.loss, outputs },
  });

  // Backward pass: the reverse network, output layer first.
  for (let l = L; l >= 1; l--) {
    for (let j = 0; j < (layers[l] ?? 0); j++) {
      const dCda = at(fb.dCda, l - 1, j);
      const gain = at(fb.gain, l - 1, j);
      const delta = at(fb.delta, l - 1, j);
      values.set(keys.dCda(l, j), dCda);
      values.set(keys.gain(l, j), gain);
      values.set(keys.delta(l, j), delta);
      const params = {
        layer: l,
        neuron: n(l, j),
        activation: scenario.activation[l - 1] ?? 'linear',
        loss: scenario.loss,
      };
      const dCdaSymbol = `\\frac{\\partial C}{\\partial ${neuronSymbol('a', layers, l, j)}}`;
      if (l === L) {
        steps.push({
          phase: 'backward',
          kind: 'dCdy',
          reads: [ids.loss, ids.neuron(l, j)],
          writes: [ids.amp(l, j)],
          reveals: [keys.dCda(l, j)],
          operands: [
            {
              symbol: neuronSymbol('a', layers, l, j),
              value: at(fb.a, l - 1, j),
              key: keys.a(l, j),
            },
            { symbol: `\\hat{y}_{${j + 1}}`, value: example.y[j] ?? NaN, key: keys.y(j) },
          ],
          resultSymbol: `\\frac{\\partial C}{\\partial y_{${j + 1}}}`,
          result: dCda,
          narrationKey: 'network.backward.output',
          params: { ...params, output: j + 1 },
        });
      } else {
        const next = layers[l + 1] ?? 0;
        const operands: Operand[] = [];
        const reads: string[] = [];
        for (let i = 0; i < next; i++) {
          operands.push({
            symbol: weightSymbol(layers, l, j, i),
            value: at(weights[l], i, j),
            key: keys.w(l, j, i),
          });
          operands.push({
            symbol: neuronSymbol('\\delta', layers, l + 1, i),
            value: at(fb.delta, l, i),
            key: keys.delta(l + 1, i),
          });
          reads.push(ids.amp(l + 1, i), ids.edge(l, j, i));
        }
        steps.push({
          phase: 'backward',
          kind: 'sum',
          reads,
          writes: [ids.amp(l, j)],
          reveals: [keys.dCda(l, j)],
          operands,
          resultSymbol: dCdaSymbol,
          result: dCda,
          narrationKey: 'network.backward.sum',
          params: { ...params, next },
        });
      }
      steps.push({
        phase: 'backward',
        kind: 'amp',
        reads: [ids.amp(l, j)],
        writes: [ids.amp(l, j), ids.neuron(l, j)],
        reveals: [keys.gain(l, j), keys.delta(l, j)],
        operands: [
          { symbol: neuronSymbol('z', layers, l, j), value: at(fb.z, l - 1, j), key: keys.z(l, j) },
          {
            symbol: `\\sigma'(${neuronSymbol('z', layers, l, j)})`,
            value: gain,
            key: keys.gain(l, j),
          },
          {
            symbol: l === L ? `\\frac{\\partial C}{\\partial y_{${j + 1}}}` : dCdaSymbol,
            value: dCda,
            key: keys.dCda(l, j),
          },
        ],
        resultSymbol: neuronSymbol('\\delta', layers, l, j),
        result: delta,
        narrationKey: 'network.backward.amp',
        params: { ...params, output: l === L ? 1 : 0 },
      });
    }
  }

  // Gradients: ∂C/∂w = ∂z/∂w · ∂C/∂z, a forward value times a backward value.
  for (let l = 1; l <= L; l++) {
    for (let j = 0; j < (layers[l] ?? 0); j++) {
      const delta = at(fb.delta, l - 1, j);
      const deltaOperand = {
        symbol: neuronSymbol('\\delta', layers, l, j),
        value: delta,
        key: keys.delta(l, j),
      };
      for (let k = 0; k < (layers[l - 1] ?? 0); k++) {
        const g = at(fb.dW[l - 1], j, k);
        values.set(keys.dW(l - 1, k, j), g);
        steps.push({
          phase: 'gradients',
          kind: 'dW',
          reads: [ids.neuron(l - 1, k), ids.amp(l, j)],
          writes: [ids.edge(l - 1, k, j)],
          reveals: [keys.dW(l - 1, k, j)],
          operands: [
            {
              symbol: activationSymbol(layers, l - 1, k),
              value: input(l - 1, k),
              key: keys.a(l - 1, k),
            },
            deltaOperand,
          ],
          resultSymbol: `\\frac{\\partial C}{\\partial ${weightSymbol(layers, l - 1, k, j)}}`,
          result: g,
          narrationKey: 'network.gradient.w',
          params: { layer: l, neuron: n(l, j), from: l === 1 ? `x${k + 1}` : String(n(l - 1, k)) },
        });
      }
      values.set(keys.db(l, j), delta);
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
        params: { layer: l, neuron: n(l, j) },
      });
    }
  }

  // Update: θ ← θ − η ∂L/∂θ, with L over every sample.
  const eta = scenario.learningRate;
  const etaOperand: Operand = { symbol: '\\eta', value: eta };
  const samples = scenario.samples.length;
  for (let l = 1; l <= L; l++) {
    for (let j = 0; j < (layers[l] ?? 0); j++) {
      for (let k = 0; k < (layers[l - 1] ?? 0); k++) {
        const w = at(weights[l - 1], j, k);
        const g = at(batch.dW[l - 1], j, k);
        const next = w - eta * g;
        values.set(keys.dLdW(l - 1, k, j), g);
        values.set(keys.wNext(l - 1, k, j), next);
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
          params: { layer: l, neuron: n(l, j), samples },
        });
      }
      const b = at(biases, l - 1, j);
      const g = at(batch.db, l - 1, j);
      values.set(keys.dLdb(l, j), g);
      values.set(keys.bNext(l, j), b - eta * g);
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
        params: { layer: l, neuron: n(l, j), samples },
      });
    }
  }
  return makeTrace(steps, values);
}
