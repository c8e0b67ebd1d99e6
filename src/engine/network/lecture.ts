import type { NetworkScenario } from './types';

/**
 * The lecture's running example (LECTURE.md): a 2-2-2-2 sigmoid network with input
 * [1, −1], target [1, 0] and C = ½ Σ (a − y)². The app's default scene.
 */
export const LECTURE_SCENARIO: NetworkScenario = {
  version: 1,
  kind: 'network',
  layers: [2, 2, 2, 2],
  activation: ['sigmoid', 'sigmoid', 'sigmoid'],
  loss: 'half-sse',
  weights: [
    [
      [1, -2],
      [-1, 1],
    ],
    [
      [2, -1],
      [-2, -1],
    ],
    [
      [3, -1],
      [-1, 4],
    ],
  ],
  biases: [
    [1, 0],
    [0, 0],
    [-2, 2],
  ],
  samples: [{ x: [1, -1], y: [1, 0] }],
  learningRate: 0.5,
  reduction: 'sum',
};
