import { describe, expect, it } from 'vitest';
import { forwardBackward } from '../network/forwardBackward';
import type { NetworkScenario } from '../network/types';
import { generateDataset } from './datasets';
import { featureRows, type FeatureId } from './features';
import { unpackParameters } from './layout';
import {
  decisionMap,
  deltaOverExamples,
  gridCoordinate,
  MapPlan,
  mappedNeurons,
  neuronMaps,
} from './maps';
import { compileNetwork } from './network';
import { playgroundSetup } from './setup';
import { BatchTrainer } from './trainer';

const features: FeatureId[] = ['x1', 'x2', 'x1x2', 'sinx1'];
const { train } = generateDataset({ name: 'spiral', noise: 10, split: 50, seed: 4 });
const setup = playgroundSetup(
  { features, hidden: [5, 3], activation: 'tanh', problem: 'classification', seed: 9 },
  train,
  { loss: 'half-sse', reduction: 'mean' },
);
const net = compileNetwork(setup.shape);

/** The same network and θ in the readable engine's scenario format. */
function scenarioAt(samples: { x: number[]; y: number[] }[]): NetworkScenario {
  const { weights, biases } = unpackParameters(net.layout, setup.theta0);
  return {
    version: 1,
    kind: 'network',
    layers: setup.shape.layers,
    activation: setup.shape.activations,
    loss: 'half-sse',
    weights,
    biases,
    samples,
    learningRate: 0.03,
    reduction: 'mean',
  };
}

/** The input vector of the selected features at one point. */
const inputAt = (x1: number, x2: number) =>
  Array.from(featureRows([{ x1, x2, label: 0 }], features));

describe('maps over the plane', () => {
  it('puts the corners of the grid on the corners of the plane', () => {
    expect(gridCoordinate(0, 100)).toBe(-6);
    expect(gridCoordinate(99, 100)).toBe(6);
    expect(gridCoordinate(0, 1)).toBe(0);
  });

  it('the decision map is the output at each grid point, top row x₂ = 6', () => {
    const N = 37; // not a multiple of the chunk: the last chunk is short
    const plan = new MapPlan(net, features, N);
    const map = decisionMap(net, setup.theta0, plan);
    for (const [r, c] of [
      [0, 0],
      [0, N - 1],
      [N - 1, 0],
      [18, 5],
      [36, 36],
    ] as const) {
      const x = inputAt(gridCoordinate(c, N), -gridCoordinate(r, N));
      const a = forwardBackward(scenarioAt([{ x, y: [0] }])).a.at(-1)?.[0] ?? NaN;
      expect(map[r * N + c]).toBeCloseTo(a, 6);
    }
  });

  it('every neuron’s map holds its activation; the output’s map is the decision map', () => {
    const N = 30;
    const plan = new MapPlan(net, features, N);
    const maps = neuronMaps(net, setup.theta0, plan);
    const neurons = mappedNeurons(setup.shape.layers);
    expect(neurons).toHaveLength(5 + 3 + 1);
    expect(maps).toHaveLength(neurons.length * N * N);
    const p = 17 * N + 4;
    const fb = forwardBackward(
      scenarioAt([{ x: inputAt(gridCoordinate(4, N), -gridCoordinate(17, N)), y: [0] }]),
    );
    neurons.forEach(({ layer, index }, m) =>
      expect(maps[m * N * N + p]).toBeCloseTo(fb.a[layer - 1]?.[index] ?? NaN, 6),
    );
    const decision = decisionMap(net, setup.theta0, plan);
    expect(maps.subarray((neurons.length - 1) * N * N)).toEqual(decision);
  });

  it('δ over the training examples is each example’s ∂Cⁿ/∂z', () => {
    const trainer = new BatchTrainer(setup.shape, setup.objective, setup.train, setup.theta0);
    const pass = deltaOverExamples(trainer);
    const count = train.length;
    const neurons = mappedNeurons(setup.shape.layers);
    for (const n of [0, 1, 77, count - 1]) {
      const p = train[n];
      if (p === undefined) throw new Error('no point');
      const fb = forwardBackward(scenarioAt([{ x: inputAt(p.x1, p.x2), y: [p.label] }]));
      neurons.forEach(({ layer, index }, m) =>
        expect(pass.delta[m * count + n]).toBeCloseTo(fb.delta[layer - 1]?.[index] ?? NaN, 6),
      );
    }
    const gains = Array.from({ length: count }, (_, n) => {
      const a = trainer.workspace.a.at(-1)?.[n] ?? NaN;
      return 1 - a * a;
    });
    expect(pass.maxOutputGain).toBe(Math.max(...gains));
    expect(pass.maxGain).toBeGreaterThanOrEqual(pass.maxOutputGain);
  });
});
