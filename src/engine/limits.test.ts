import { describe, expect, it } from 'vitest';
import { LECTURE_SCENARIO } from './network/lecture';
import { parseScenario } from './scenario';
import { TrainingRun } from './training/run';
import {
  LIMITS,
  MAX_EXPRESSION_LENGTH,
  MAX_GRAPH_VARIABLES,
  MAX_ITERATIONS,
  MAX_SAMPLE_INDEX,
} from './limits';

const issuesOf = (input: object) => {
  const r = parseScenario(input);
  return r.ok ? [] : r.errors;
};

const network = (fields: object) => ({ ...LECTURE_SCENARIO, ...fields });

describe('the engine holds the limits it shares with the readers and the screens', () => {
  it('the network: 12 layers of up to 64 neurons, up to 1,000 examples, each refusal naming it', () => {
    expect(LIMITS).toEqual({ maxLayers: 12, maxNeurons: 64, maxSamples: 1000 });
    expect(issuesOf(network({ layers: new Array(13).fill(2) }))[0]).toMatchObject({
      path: 'layers',
      code: 'layer-count',
      params: { max: LIMITS.maxLayers, actual: 13 },
    });
    expect(issuesOf(network({ layers: [2, 65, 2, 2] }))[0]).toMatchObject({
      path: 'layers[1]',
      code: 'layer-size',
      params: { max: LIMITS.maxNeurons, found: 65 },
    });
    const samples = new Array(1001).fill({ x: [1, 1], y: [1, 0] });
    expect(issuesOf(network({ samples }))[0]).toMatchObject({
      path: 'samples',
      code: 'sample-count',
      params: { max: LIMITS.maxSamples, found: 1001, foundType: 'list' },
    });
    expect(MAX_SAMPLE_INDEX).toBe(LIMITS.maxSamples - 1);
  });

  it('the graph: 2,000 characters and 50 variables', () => {
    const graph = (expression: string, inputs: Record<string, number>) =>
      issuesOf({ version: 1, kind: 'graph', expression, inputs });
    expect(graph('x+'.repeat(1000) + 'x', { x: 1 })[0]).toMatchObject({
      code: 'too-long',
      params: { limit: MAX_EXPRESSION_LENGTH },
    });
    const names = Array.from({ length: 51 }, (_, i) => `v${i}`);
    const inputs = Object.fromEntries(names.map((n) => [n, 1]));
    expect(graph(names.join('+'), inputs)[0]).toMatchObject({
      code: 'too-many-variables',
      params: { count: 51, limit: MAX_GRAPH_VARIABLES },
    });
  });

  it('a training run goes no further than MAX_ITERATIONS', () => {
    const run = new TrainingRun(LECTURE_SCENARIO);
    expect(run.limit).toBe(MAX_ITERATIONS);
  });
});
