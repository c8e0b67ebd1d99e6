import fc from 'fast-check';
import LZString from 'lz-string';
import { describe, expect, it } from 'vitest';
import { DATASET_NAMES, DEFAULT_HYPERPARAMETERS, FEATURE_IDS, REGULARIZATIONS } from '../../engine';
import { initialState } from '../bootstrap';
import { defaultState } from '../initialState';
import { decodeLink, encodeLink } from '../url/compactLink';
import { linkedState } from '../url/linkFields';
import { MAP_MODES, PLAYGROUND_ACTIVATIONS, type OwnPoints } from './fields';

const defaults = linkedState(defaultState());

const thousandths = (max: number) =>
  fc.integer({ min: -max * 1000, max: max * 1000 }).map((v) => (v === 0 ? 0 : v / 1000));
const point = fc.record({ x1: thousandths(6), x2: thousandths(6), label: thousandths(2) });
const own: fc.Arbitrary<OwnPoints> = fc.record({
  train: fc.array(point, { maxLength: 40 }),
  test: fc.array(point, { maxLength: 40 }),
});
const hyper = fc.record({
  learningRate: fc.double({ min: 1e-6, max: 10, noNaN: true }),
  batchSize: fc.oneof(fc.integer({ min: 1, max: 500 }), fc.constant(Number.MAX_SAFE_INTEGER)),
  regularization: fc.constantFrom(...REGULARIZATIONS),
  regularizationRate: fc.double({ min: 0, max: 1, noNaN: true }),
});
/** Weights or biases set by hand at an entry (any float64 within the limit), or none. */
const edits = fc.option(
  fc.uniqueArray(
    fc.record({
      index: fc.nat({ max: 400 }),
      value: fc.double({ min: -1e6, max: 1e6, noNaN: true }).map((v) => (v === 0 ? 0 : v)),
    }),
    { minLength: 1, maxLength: 3, selector: (e) => e.index },
  ),
  { nil: undefined },
);
const log = fc
  .uniqueArray(fc.integer({ min: 1, max: 1e6 }), { maxLength: 4 })
  .chain((froms) =>
    fc.tuple(
      fc.constant([0, ...froms.sort((a, b) => a - b)]),
      fc.array(hyper, { minLength: froms.length + 1, maxLength: froms.length + 1 }),
    ),
  )
  .chain(([froms, hypers]) =>
    fc.array(edits, { minLength: froms.length, maxLength: froms.length }).map((sets) =>
      froms.map((from, i) => {
        const entry = { from, hyper: hypers[i] ?? DEFAULT_HYPERPARAMETERS };
        const set = sets[i];
        return set === undefined ? entry : { ...entry, edits: set };
      }),
    ),
  );

const fields = fc.record({
  trainingData: fc.record({
    mode: fc.constantFrom('examples' as const, 'data' as const),
    source: fc.constantFrom(...DATASET_NAMES, 'own' as const),
  }),
  noise: fc.integer({ min: 0, max: 50 }),
  split: fc.integer({ min: 10, max: 90 }),
  dataSeed: fc.nat({ max: 0xffffffff }),
  ownPoints: own,
  features: fc.subarray([...FEATURE_IDS]),
  hiddenLayers: fc.array(fc.integer({ min: 1, max: 8 }), { maxLength: 6 }),
  dataActivation: fc.constantFrom(...PLAYGROUND_ACTIVATIONS),
  dataLog: log,
  dataIteration: fc.nat({ max: 1e7 }),
  mapMode: fc.constantFrom(...MAP_MODES),
  showTestData: fc.boolean(),
  discretize: fc.boolean(),
  dataSpeed: fc.option(fc.integer({ min: 1, max: 100_000 }), { nil: null }),
  etaLog: fc
    .uniqueArray(fc.integer({ min: 1, max: 1e6 }), { maxLength: 5 })
    .map((froms) => froms.sort((a, b) => a - b).map((from) => ({ from, eta: from / 7 }))),
});

describe('the training fields in links', () => {
  it('come back from a compact link exactly as they were written', () => {
    fc.assert(
      fc.property(fields, (f) => {
        const state = { ...defaults, ...f };
        const decoded = decodeLink(encodeLink(state));
        expect(decoded.ok).toBe(true);
        if (decoded.ok) expect({ ...defaults, ...decoded.request }).toEqual(state);
      }),
      { numRuns: 150 },
    );
  });

  it('are left out at their defaults, so that links written before them are unchanged', () => {
    const plain = encodeLink(defaults);
    expect(encodeLink({ ...defaults, ...defaultState() })).toBe(plain);
    expect(plain.length).toBeLessThan(60);
  });

  it('refuse a speed out of range, naming the limit', () => {
    const link = encodeLink({ ...defaults, trainingData: { mode: 'data', source: 'xor' } });
    const [version, packed] = link.split('.');
    const payload: unknown = JSON.parse(LZString.decompressFromEncodedURIComponent(packed ?? ''));
    const tooFast = LZString.compressToEncodedURIComponent(
      JSON.stringify({ ...(payload as object), V: 1e9 }),
    );
    const decoded = decodeLink(`${version}.${tooFast}`);
    expect(decoded.ok).toBe(false);
    if (!decoded.ok)
      expect(decoded.errors).toContainEqual(
        expect.objectContaining({ code: 'bad-rate', path: 's.dataSpeed' }),
      );
  });

  it('open the Data mode from a readable link on a generated set', () => {
    const state = initialState(
      '?scene=training&dataset=spiral&noise=10&split=70&seed=3&features=x2,x1,sinx1&neurons=8,8,8&activation=relu',
      ['en'],
    );
    expect(state.error).toBeNull();
    expect(state).toMatchObject({
      scene: 'training',
      trainingData: { mode: 'data', source: 'spiral' },
      noise: 10,
      split: 70,
      dataSeed: 3,
      features: ['x1', 'x2', 'sinx1'],
      hiddenLayers: [8, 8, 8],
      dataActivation: 'relu',
    });
  });

  it('keep the test points hidden (testdata=0) and the map discretized (discretize=1)', () => {
    const hidden = initialState('?scene=training&dataset=xor&testdata=0', ['en']);
    expect(hidden.error).toBeNull();
    expect(hidden.showTestData).toBe(false);
    expect(initialState('?scene=training&dataset=xor', ['en']).showTestData).toBe(true);
    expect(initialState('?scene=training&dataset=xor&discretize=1', ['en']).discretize).toBe(true);
    const bad = initialState('?scene=training&dataset=xor&testdata=maybe', ['en']);
    expect(bad.error?.issues.map((i) => `${i.path}:${i.code}`)).toEqual(['testdata:bad-flag']);
  });

  it('name what is wrong in a readable link, and open the default scene', () => {
    const state = initialState(
      '?scene=training&dataset=moons&noise=60&split=5&seed=-1&features=x3&neurons=9,0&activation=gelu',
      ['en'],
    );
    expect(state.scene).toBe('network');
    expect(state.error?.issues.map((i) => `${i.path}:${i.code}`).sort()).toEqual([
      'activation:bad-activation',
      'dataset:bad-dataset',
      'features:bad-features',
      'neurons:bad-neurons',
      'noise:bad-percent',
      'seed:bad-seed',
      'split:bad-percent',
    ]);
  });

  it('say that own points are not in a readable link, and name a wrong set with what was found', () => {
    const own = initialState('?scene=training&dataset=own', ['en']);
    expect(own.error?.issues.map((i) => `${i.path}:${i.code}`)).toEqual([
      'dataset:own-dataset-readable',
    ]);
    const moons = initialState('?scene=training&dataset=moons', ['en']);
    expect(moons.error?.issues[0]?.params).toMatchObject({ found: 'moons' });
  });

  it('refuse damaged points and logs in a compact link', () => {
    const bad = [
      { ...defaults, ownPoints: { train: [{ x1: 7, x2: 0, label: 1 }], test: [] } },
      {
        ...defaults,
        dataLog: [{ from: 3, hyper: { ...defaults.dataLog[0]?.hyper, learningRate: 1 } }],
      },
      { ...defaults, etaLog: [{ from: 5, eta: -1 }] },
      ...[
        [{ index: 1, value: 2e6 }],
        [{ index: -1, value: 1 }],
        [
          { index: 2, value: 1 },
          { index: 2, value: 3 },
        ],
      ].map((set) => ({
        ...defaults,
        dataLog: [{ from: 0, hyper: defaults.dataLog[0]?.hyper, edits: set }],
      })),
    ];
    const codes = bad.map((s) => {
      const r = decodeLink(encodeLink(s as typeof defaults));
      return r.ok ? 'ok' : r.errors.map((e) => e.code).join();
    });
    expect(codes).toEqual([
      'bad-points',
      'bad-hyper-log',
      'bad-eta-log',
      'bad-hyper-log',
      'bad-hyper-log',
      'bad-hyper-log',
    ]);
  });
});
