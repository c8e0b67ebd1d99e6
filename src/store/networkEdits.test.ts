import { describe, expect, it } from 'vitest';
import { LECTURE_SCENARIO, parseScenario, type NetworkScenario } from '../engine';
import {
  addHiddenLayer,
  reinitialise,
  removeHiddenLayer,
  setActivation,
  setBias,
  setInput,
  setLayerSize,
  setLoss,
  setTarget,
  setWeight,
} from './networkEdits';

/** Every edit must leave a scenario that parseScenario accepts unchanged. */
function expectValid(s: NetworkScenario) {
  const r = parseScenario(JSON.parse(JSON.stringify(s)));
  expect(r.ok, r.ok ? '' : JSON.stringify(r.errors)).toBe(true);
}

const s = LECTURE_SCENARIO;

describe('network edits', () => {
  it('set one weight, bias, input or target and leave everything else alone', () => {
    const w = setWeight(s, 1, 0, 1, 7);
    expect(w.weights[1]?.[1]?.[0]).toBe(7);
    expect(w.weights[1]?.[0]).toBe(s.weights[1]?.[0]);
    expect(s.weights[1]?.[1]?.[0]).toBe(-2); // not mutated
    expect(setBias(s, 3, 1, 5).biases[2]).toEqual([-2, 5]);
    expect(setInput(s, 0, 1, 0.5).samples[0]?.x).toEqual([1, 0.5]);
    expect(setTarget(s, 0, 0, 0).samples[0]?.y).toEqual([0, 0]);
    [w, setBias(s, 3, 1, 5)].forEach(expectValid);
  });

  it('grow a layer keeping the existing weights, the same way every time', () => {
    const grown = setLayerSize(s, 1, 3);
    expect(grown.layers).toEqual([2, 3, 2, 2]);
    expect(grown.weights[0]?.slice(0, 2)).toEqual(s.weights[0]);
    expect(grown.weights[1]?.map((row) => row.slice(0, 2))).toEqual(s.weights[1]);
    expect(grown.weights[1]?.[0]).toHaveLength(3);
    expect(setLayerSize(s, 1, 3)).toEqual(grown);
    expectValid(grown);
  });

  it('resize the input and output layers together with the samples', () => {
    const wider = setLayerSize(setLayerSize(s, 0, 3), 3, 1);
    expect(wider.samples[0]).toEqual({ x: [1, -1, 0], y: [1] });
    expectValid(wider);
  });

  it('add and remove hidden layers, up to eight', () => {
    let deep = s;
    for (let i = 0; i < 10; i++) deep = addHiddenLayer(deep, 3);
    expect(deep.layers).toHaveLength(10);
    expectValid(deep);
    const one = removeHiddenLayer(s, 1);
    expect(one.layers).toEqual([2, 2, 2]);
    // The weights between the layers that stay adjacent survive; the new connection is drawn.
    expect(one.weights[1]).toEqual(s.weights[2]);
    expect(one.biases).toEqual([s.biases[1], s.biases[2]]);
    const shallow = removeHiddenLayer(one, 1);
    expect(shallow.layers).toEqual([2, 2]);
    expect(shallow.weights).toHaveLength(1);
    [one, shallow].forEach(expectValid);
  });

  it('keep losses and output activations compatible', () => {
    const softmax = setLoss(s, 'softmax-ce');
    expect(softmax.activation.at(-1)).toBe('linear');
    expect(setActivation(softmax, 3, 'sigmoid')).toBe(softmax);
    expectValid(softmax);
    expectValid(setLoss(setTarget(s, 0, 0, 3), 'bce'));
  });

  it('re-initialise from a seed deterministically', () => {
    const a = reinitialise(s, 5);
    expect(a).toEqual(reinitialise(s, 5));
    expect(a.weights).not.toEqual(reinitialise(s, 6).weights);
    expectValid(a);
  });
});
