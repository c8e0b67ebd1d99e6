import { describe, expect, it } from 'vitest';
import { DEFAULT_HYPERPARAMETERS, generateDataset, LECTURE_SCENARIO } from '../../engine';
import { createAppStore } from '../createAppStore';
import { defaultState } from '../initialState';

const make = () => createAppStore(defaultState());

describe('the playground’s actions', () => {
  it('restart the run from θ⁰ when the data or the network change, keeping the settings', () => {
    const { store } = make();
    const hyper = { ...DEFAULT_HYPERPARAMETERS, learningRate: 0.1 };
    store.getState().syncDataRun(
      [
        { from: 0, hyper: DEFAULT_HYPERPARAMETERS },
        { from: 40, hyper },
      ],
      90,
    );
    store.getState().setNoise(25);
    expect(store.getState()).toMatchObject({
      noise: 25,
      dataIteration: 0,
      dataLog: [{ from: 0, hyper }],
    });
    store.getState().setNoise(99);
    expect(store.getState().noise).toBe(50);
    store.getState().setHiddenLayers([8, 0, 12, 1, 1, 1, 1, 1]);
    expect(store.getState().hiddenLayers).toEqual([8, 1, 8, 1, 1, 1]);
    store.getState().setFeatures(['sinx2', 'x1']);
    expect(store.getState().features).toEqual(['x1', 'sinx2']);
  });

  it('keep the configuration’s data and network as they were while the run moves on', () => {
    // The run is written to the store while it plays: what is built from the network
    // (the diagram's and the gradient panel's setups) must not be built again each time.
    const { store, select } = make();
    store.getState().setDataSource('spiral');
    const before = select.playground.config(store.getState());
    store.getState().syncDataRun([{ from: 0, hyper: DEFAULT_HYPERPARAMETERS }], 1200);
    const after = select.playground.config(store.getState());
    expect(after.iteration).toBe(1200);
    expect(after).not.toBe(before);
    expect(after.network).toBe(before.network);
    expect(after.data).toBe(before.data);
    store.getState().setHiddenLayers([3]);
    expect(select.playground.config(store.getState()).network).not.toBe(before.network);
  });

  it('start the user’s own points as a copy of the set shown, kept to three decimals', () => {
    const { store, select } = make();
    store.getState().setDataSource('xor');
    const shown = select.playground.points(store.getState());
    expect(shown).toEqual(generateDataset({ name: 'xor', noise: 0, split: 50, seed: 1 }));
    store.getState().setDataSource('own');
    const own = store.getState().ownPoints;
    expect(own.train).toHaveLength(shown.train.length);
    expect(own.train[0]?.x1).toBe(Math.round((shown.train[0]?.x1 ?? NaN) * 1000) / 1000);
    expect(select.playground.points(store.getState())).toBe(own);
    expect(select.playground.config(store.getState()).data).toEqual({ kind: 'points', ...own });
    // Picking a generated set again keeps them.
    store.getState().setDataSource('gauss');
    expect(store.getState().ownPoints).toBe(own);
  });

  it('record an η change in the Examples mode from the current iteration, and at θ⁰ edit the network', () => {
    const { store } = make();
    store.getState().setEtaFromHere(2);
    expect(store.getState().network.learningRate).toBe(2);
    expect(store.getState().etaLog).toEqual([]);
    store.getState().setIteration(30);
    store.getState().setEtaFromHere(0.1);
    expect(store.getState()).toMatchObject({ iteration: 30, etaLog: [{ from: 30, eta: 0.1 }] });
    store.getState().applyEtaFrom(10, 0.05);
    expect(store.getState()).toMatchObject({ iteration: 10, etaLog: [{ from: 10, eta: 0.05 }] });
    store.getState().editNetwork(LECTURE_SCENARIO);
    expect(store.getState()).toMatchObject({ iteration: 0, etaLog: [] });
  });
});
