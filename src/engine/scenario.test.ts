import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { LECTURE_SCENARIO } from './network/lecture';
import { parseScenario, parseScenarioText } from './scenario';
import { arbitraryNetwork } from './testing/arbitraryScenario';

const lecture = JSON.parse(JSON.stringify(LECTURE_SCENARIO)) as Record<string, unknown>;
const withField = (key: string, value: unknown): Record<string, unknown> => ({
  ...lecture,
  [key]: value,
});
const errorsOf = (input: unknown) => {
  const r = parseScenario(input);
  if (r.ok) throw new Error('expected the scenario to be rejected');
  return r.errors;
};

describe('parseScenario accepts', () => {
  it('the lecture example exactly as DESIGN.md writes it', () => {
    const r = parseScenario({ ...lecture, activation: 'sigmoid', reduction: undefined });
    expect(r.ok).toBe(true);
    if (r.ok && r.scenario.kind === 'network') {
      expect(r.scenario.activation).toEqual(['sigmoid', 'sigmoid', 'sigmoid']);
      expect(r.scenario.reduction).toBe('sum');
      expect(r.scenario.weights).toEqual(LECTURE_SCENARIO.weights);
    }
  });

  it('a scenario without weights and biases, drawing them from the seed the same way every time', () => {
    const rest = withField('weights', undefined);
    delete rest.biases;
    const a = parseScenario({
      ...rest,
      activation: 'sigmoid',
      seed: 42,
      layers: [2, 3, 1],
      samples: [{ x: [0, 1], y: [1] }],
    });
    const b = parseScenario({
      ...rest,
      activation: 'sigmoid',
      seed: 42,
      layers: [2, 3, 1],
      samples: [{ x: [0, 1], y: [1] }],
    });
    const c = parseScenario({
      ...rest,
      activation: 'sigmoid',
      seed: 43,
      layers: [2, 3, 1],
      samples: [{ x: [0, 1], y: [1] }],
    });
    expect(a.ok && b.ok && c.ok).toBe(true);
    if (
      a.ok &&
      b.ok &&
      c.ok &&
      a.scenario.kind === 'network' &&
      b.scenario.kind === 'network' &&
      c.scenario.kind === 'network'
    ) {
      expect(a.scenario.weights).toEqual(b.scenario.weights);
      expect(a.scenario.weights).not.toEqual(c.scenario.weights);
      expect(a.scenario.weights.map((W) => W.length)).toEqual([3, 1]);
      expect(a.scenario.biases).toEqual([[0, 0, 0], [0]]);
      expect(a.scenario.seed).toBe(42);
    }
  });

  it('every scenario it produced, unchanged (a fixed point)', () => {
    fc.assert(
      fc.property(arbitraryNetwork(), (s) => {
        const first = parseScenario(JSON.parse(JSON.stringify(s)));
        expect(first.ok).toBe(true);
        if (!first.ok) return;
        const second = parseScenario(JSON.parse(JSON.stringify(first.scenario)));
        expect(second).toEqual(first);
      }),
      { numRuns: 300, seed: 1 },
    );
  });
});

describe('parseScenario rejects, naming the path and the problem', () => {
  it.each([
    ['a non-object', 42, '', /JSON object/],
    ['a wrong version', withField('version', 2), 'version', /version 1, found the number 2/],
    ['an unknown kind', withField('kind', 'cnn'), 'kind', /"network" or "graph"/],
    ['too many layers', withField('layers', new Array(13).fill(2)), 'layers', /between 2 and 12/],
    ['a layer of 65 neurons', withField('layers', [2, 65, 2, 2]), 'layers[1]', /1 to 64/],
    ['an unknown activation', withField('activation', 'swish'), 'activation', /one of sigmoid/],
    ['an unknown loss', withField('loss', 'hinge'), 'loss', /one of half-sse/],
    [
      'softmax-ce without a linear output',
      withField('loss', 'softmax-ce'),
      'activation[2]',
      /must be linear/,
    ],
    ['a zero learning rate', withField('learningRate', 0), 'learningRate', /greater than 0/],
    ['an unknown field', withField('__proto__x', 1), '__proto__x', /unknown field/],
    ['weights without biases', withField('biases', undefined), 'biases', /together/],
  ])('%s', (_name, input, path, message) => {
    const errors = errorsOf(input);
    const match = errors.find((e) => e.path === path);
    expect(match, JSON.stringify(errors)).toBeDefined();
    expect(match?.message).toMatch(message);
  });

  it('a weight matrix of the wrong shape, with the rows and columns it should have', () => {
    const errors = errorsOf(
      withField('weights', [
        [
          [1, -2],
          [-1, 1],
        ],
        [
          [2, -1, 0],
          [-2, -1],
        ],
        [
          [3, -1],
          [-1, 4],
        ],
      ]),
    );
    expect(errors).toEqual([
      expect.objectContaining({ path: 'weights[1][0]', code: 'wrong-length' }),
    ]);
    const rows = errorsOf(
      withField('weights', [
        [[1, -2]],
        [
          [2, -1],
          [-2, -1],
        ],
        [
          [3, -1],
          [-1, 4],
        ],
      ]),
    );
    expect(rows[0]?.message).toMatch(
      /one row per neuron of layer 1 \(2 in all\), each of 2 weights/,
    );
    expect(rows[0]?.message).toMatch(/found a list of 1$/);
  });

  it('a number too large for a float64 (JSON reads 1e309 as Infinity): too large, not "not a number"', () => {
    const r = parseScenarioText(
      JSON.stringify(lecture).replace('"learningRate":0.5', '"learningRate":1e309'),
    );
    expect(r.ok).toBe(false);
    if (!r.ok)
      expect(r.errors[0]).toMatchObject({
        path: 'learningRate',
        code: 'too-large',
        message: 'is too large (the largest is about 1.8 × 10³⁰⁸)',
      });
  });

  it('a sample of the wrong length, and a string where a number belongs', () => {
    const errors = errorsOf(
      withField('samples', [
        { x: [1], y: [1, 0] },
        { x: [1, '2'], y: [1, 0] },
      ]),
    );
    expect(errors.map((e) => e.path)).toEqual(['samples[0].x', 'samples[1].x[1]']);
  });

  it('__proto__ and constructor keys, without polluting any prototype', () => {
    const errors = errorsOf(
      JSON.parse('{"version":1,"kind":"network","__proto__":{"polluted":1},"constructor":{"x":1}}'),
    );
    expect(errors.map((e) => e.path)).toEqual(expect.arrayContaining(['__proto__', 'constructor']));
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('a million numbers quickly, reporting the shape instead of every element', () => {
    const huge = withField('samples', [{ x: new Array(1_000_000).fill(0), y: [1, 0] }]);
    const start = Date.now();
    const errors = errorsOf(huge);
    expect(Date.now() - start).toBeLessThan(1000);
    expect(errors).toEqual([
      expect.objectContaining({
        path: 'samples[0].x',
        message: 'must be a list of 2 numbers; this list has 1000000',
      }),
    ]);
  });

  it('at most 25 errors however broken the input is', () => {
    const errors = errorsOf(
      withField('samples', new Array(500).fill({ x: [null, null], y: [null, null] })),
    );
    expect(errors).toHaveLength(25);
  });

  it('text that is not JSON', () => {
    const r = parseScenarioText('{"version": 1,');
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.errors[0]?.code).toBe('bad-json');
  });
});

describe('parseScenario never throws', () => {
  it('on random JSON values', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (v) => {
        const r = parseScenario(v);
        expect(typeof r.ok).toBe('boolean');
      }),
      { numRuns: 2000, seed: 2 },
    );
  });

  it('on random mutations of valid scenarios', () => {
    const mutated = fc
      .tuple(arbitraryNetwork(), fc.jsonValue(), fc.nat(), fc.nat())
      .map(([s, junk, i, j]) => {
        const copy = JSON.parse(JSON.stringify(s)) as Record<string, unknown>;
        const fields = Object.keys(copy);
        const key = fields[i % fields.length] as string;
        const value = copy[key];
        if (Array.isArray(value) && value.length > 0) value[j % value.length] = junk;
        else copy[key] = junk;
        return copy;
      });
    fc.assert(
      fc.property(mutated, (v) => {
        const r = parseScenario(v);
        if (!r.ok) expect(r.errors.length).toBeGreaterThan(0);
      }),
      { numRuns: 1000, seed: 4 },
    );
  });
});
