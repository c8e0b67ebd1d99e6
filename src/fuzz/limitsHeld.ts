import { expect } from 'vitest';
import { LIMITS, MAX_ITERATIONS, MAX_SAMPLE_INDEX, TRAINING_RATE } from '../engine';
import { createSelectors } from '../store/selectors';
import type { SourceState } from '../store/types';

/** What an accepted input may open to: every number within the limit the app enforces. */
export function expectWithinLimits(state: SourceState, input: string): void {
  const select = createSelectors();
  const { network } = state;
  expect(network.layers.length, input).toBeLessThanOrEqual(LIMITS.maxLayers);
  for (const size of network.layers) expect(size, input).toBeLessThanOrEqual(LIMITS.maxNeurons);
  expect(network.samples.length, input).toBeLessThanOrEqual(LIMITS.maxSamples);
  expect(state.iteration, input).toBeLessThanOrEqual(MAX_ITERATIONS);
  expect(state.sample, input).toBeLessThanOrEqual(MAX_SAMPLE_INDEX);
  expect(state.trainingRate, input).toBeGreaterThanOrEqual(TRAINING_RATE.min);
  expect(state.trainingRate, input).toBeLessThanOrEqual(TRAINING_RATE.max);
  expect(state.cursor, input).toBeGreaterThanOrEqual(0);
  expect(state.cursor, input).toBeLessThanOrEqual(select.total(state));
}
