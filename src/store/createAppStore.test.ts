import { describe, expect, it } from 'vitest';
import { LECTURE_SCENARIO, trainStep } from '../engine';
import { createAppStore } from './createAppStore';
import { createStoreSelectors } from './selectors';
import { defaultState } from './initialState';
import { setWeight } from './networkEdits';

const make = () => createAppStore(defaultState()).store;

describe('the app store', () => {
  it('undoes and redoes edits, keeping the cursor on its step', () => {
    const store = make();
    store.getState().setCursor(20);
    store.getState().editNetwork(setWeight(LECTURE_SCENARIO, 0, 0, 0, 5));
    expect(store.getState().cursor).toBe(20);
    store.getState().undo();
    expect(store.getState().network).toBe(LECTURE_SCENARIO);
    store.getState().redo();
    expect(store.getState().network.weights[0]?.[0]?.[0]).toBe(5);
  });

  it('undoing Apply update returns to the end of the pass it applied; redo to the new pass', () => {
    const store = make();
    store.getState().toEnd();
    expect(store.getState().cursor).toBe(61);
    store.getState().applyUpdate();
    expect(store.getState().cursor).toBe(0);
    store.getState().setCursor(5);
    store.getState().undo();
    expect(store.getState().network).toBe(LECTURE_SCENARIO);
    expect(store.getState().cursor).toBe(61);
    store.getState().redo();
    expect(store.getState().network).not.toBe(LECTURE_SCENARIO);
    expect(store.getState().cursor).toBe(5);
  });

  it('Apply update shows the network made ahead by prepareUpdate, the same as one training step', () => {
    const selectors = createStoreSelectors();
    const store = createAppStore(defaultState(), selectors).store;
    store.getState().toEnd();
    selectors.select.prepareUpdate(store.getState());
    const prepared = selectors.updatedNetwork(store.getState());
    store.getState().applyUpdate();
    expect(store.getState().network).toBe(prepared);
    expect(prepared).toEqual(trainStep(LECTURE_SCENARIO));
    // A later update starts from the network shown, not from the one prepared before.
    store.getState().toEnd();
    store.getState().applyUpdate();
    expect(store.getState().network).toEqual(trainStep(prepared));
  });

  it('makes one undo step of consecutive edits with the same key, as when typing into one field', () => {
    const store = make();
    const graph = store.getState().graph;
    for (const value of [1, 10, 100])
      store.getState().editGraph({ ...graph, inputs: { ...graph.inputs, x: value } }, 'input:x');
    store.getState().editGraph({ ...graph, inputs: { ...graph.inputs, y: 7 } }, 'input:y');
    expect(store.getState().past).toHaveLength(2);
    store.getState().undo();
    expect(store.getState().graph.inputs.x).toBe(100);
    store.getState().undo();
    expect(store.getState().graph).toBe(graph);
  });

  it('clamps the cursor to the trace and jumps between phases', () => {
    const store = make();
    store.getState().setCursor(1000);
    expect(store.getState().cursor).toBe(61);
    store.getState().toStart();
    // Each jump runs the rest of a phase as one step.
    store.getState().jumpPhase(1);
    expect(store.getState().cursor).toBe(12); // the whole forward pass
    store.getState().jumpPhase(1);
    expect(store.getState().cursor).toBe(13); // the cost
    store.getState().jumpPhase(1);
    expect(store.getState().cursor).toBe(25); // the whole backward pass
    store.getState().setCursor(30);
    store.getState().jumpPhase(1);
    expect(store.getState().cursor).toBe(43); // the rest of the gradients
    store.getState().jumpPhase(1);
    expect(store.getState().cursor).toBe(61); // all the updates
    store.getState().jumpPhase(1);
    expect(store.getState().cursor).toBe(61);
    store.getState().jumpPhase(-1);
    expect(store.getState().cursor).toBe(43);
    store.getState().setCursor(5);
    store.getState().jumpPhase(-1);
    expect(store.getState().cursor).toBe(0);
  });

  it('refuses to start editing when the link hid the editor', () => {
    const store = createAppStore({ ...defaultState(), hidden: ['editor'] }).store;
    store.getState().startEditing('edge-0-0-0');
    expect(store.getState().editing).toBeNull();
  });
});
