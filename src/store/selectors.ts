import {
  buildGraphTrace,
  buildNetworkTrace,
  analyzeGraph,
  type Trace,
  type TraceStep,
} from '../engine';
import type { SourceState } from './types';

/**
 * Derived values, computed from the source state and cached by the identity of their
 * inputs. Each store gets its own set (see createAppStore), so nothing is shared between
 * stores or tests.
 */
export interface Selectors {
  trace(state: SourceState): Trace;
  /** The step that ran last (the one the formula and narration describe), if any. */
  currentStep(state: SourceState): TraceStep | undefined;
  total(state: SourceState): number;
}

export function createSelectors(): Selectors {
  const networkTraces = new WeakMap<object, Map<number, Trace>>();
  const graphTraces = new WeakMap<object, Trace>();

  const trace = (state: SourceState): Trace => {
    // The training scene has no step-by-step trace of its own; it shows the network's.
    if (state.scene === 'graph') {
      let t = graphTraces.get(state.graph);
      if (t === undefined) {
        t = buildGraphTrace(analyzeGraph(state.graph));
        graphTraces.set(state.graph, t);
      }
      return t;
    }
    let bySample = networkTraces.get(state.network);
    if (bySample === undefined) {
      bySample = new Map();
      networkTraces.set(state.network, bySample);
    }
    let t = bySample.get(state.sample);
    if (t === undefined) {
      t = buildNetworkTrace(state.network, state.sample);
      bySample.set(state.sample, t);
    }
    return t;
  };

  return {
    trace,
    currentStep: (state) => (state.cursor > 0 ? trace(state).steps[state.cursor - 1] : undefined),
    total: (state) => trace(state).steps.length,
  };
}
