import { describe, expect, it } from 'vitest';
import {
  analyzeGraph,
  buildGraphTrace,
  buildNetworkTrace,
  diagnose,
  forwardBackward,
  graphPresetScenario,
  LECTURE_SCENARIO,
} from '../engine';
import { createAppStore } from './createAppStore';
import { defaultState } from './initialState';
import { SCENE_MODELS, SCENES } from './scenes';
import { readLink } from './url/readLink';
import { linkFor } from './url/syncUrl';

const make = () => createAppStore(defaultState());

describe('the selectors', () => {
  it('give each scene the trace of the scenario the registry names', () => {
    const { store, select } = make();
    const state = store.getState();
    const steps = {
      network: buildNetworkTrace(LECTURE_SCENARIO).steps.length,
      graph: buildGraphTrace(analyzeGraph(state.graph)).steps.length,
    };
    expect(steps.network).not.toBe(steps.graph);
    for (const scene of SCENES) {
      const kind = SCENE_MODELS[scene].scenario;
      expect(select.total({ ...state, scene })).toBe(steps[kind]);
      expect(select.scenario({ ...state, scene })).toBe(state[kind]);
    }
    expect(select.trace({ ...state, scene: 'training' })).toBe(select.trace(state));
    expect(select.trace({ ...state, scene: 'graph' })).not.toBe(select.trace(state));
  });

  it('analyse the graph once per scenario, and the trace uses that analysis', () => {
    const { store, select } = make();
    const state = { ...store.getState(), scene: 'graph' as const };
    const analysis = select.graphAnalysis(state);
    expect(select.graphAnalysis({ ...state, cursor: 3 })).toBe(analysis);
    expect(analysis.value).toBe(analyzeGraph(state.graph).value);
    const other = graphPresetScenario('cs231n-sigmoid-neuron');
    expect(select.graphAnalysis({ ...state, graph: other })).not.toBe(analysis);
  });

  it('explain the numbers of the current example, computed once per (network, example)', () => {
    const { store, select } = make();
    // A saturated neuron: its δ is exactly 0, and the notes say why.
    const saturated = {
      ...LECTURE_SCENARIO,
      weights: LECTURE_SCENARIO.weights.map((w, l) =>
        l === 0 ? w.map((row) => row.map((v) => v * 1000)) : w,
      ),
    };
    const state = { ...store.getState(), network: saturated };
    const notes = select.numericNotes(state);
    expect(notes).toEqual(diagnose(saturated, forwardBackward(saturated, 0)));
    expect(notes.map((n) => n.code)).toContain('saturated');
    expect(select.numericNotes({ ...state, cursor: 9, focus: 'neuron-1-0' })).toBe(notes);
    expect(select.numericNotes(store.getState())).toEqual([]);
  });

  it('keep the linked fields as one object until one of them changes', () => {
    const { store, select } = make();
    const linked = select.linkedState(store.getState());
    store.getState().setFocus('neuron-1-0');
    expect(select.linkedState(store.getState())).toBe(linked);
    store.getState().setCursor(5);
    const moved = select.linkedState(store.getState());
    expect(moved).not.toBe(linked);
    expect(moved.cursor).toBe(5);
    expect('focus' in moved).toBe(false);
  });

  it('link an embedded view to the full app: the same state, without embed', () => {
    const { store, select } = createAppStore({ ...defaultState(), embed: true, cursor: 12 });
    const link = select.fullAppLink(store.getState());
    expect(link).toBe(linkFor({ ...store.getState(), embed: false }));
    const read = readLink(link);
    expect(read.ok && read.request.embed).toBeFalsy();
    expect(read.ok && read.request.cursor).toBe(12);
  });
});
