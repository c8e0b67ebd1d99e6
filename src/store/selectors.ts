import {
  analyzeGraph,
  buildGraphTrace,
  diagnose,
  forwardBackward,
  lazyNetworkTrace,
  trainStep,
  type GraphAnalysis,
  type GraphScenario,
  type NetworkScenario,
  type NumericNote,
  type Scenario,
  type Trace,
  type TraceStep,
} from '../engine';
import { shallow } from 'zustand/vanilla/shallow';
import {
  createPracticeSelectors,
  type PracticeInternals,
  type PracticeSelectors,
} from './practice/selectors';
import { createPlaygroundDerived, type PlaygroundDerived } from './playground/derive';
import { SCENE_MODELS, type ScenarioKind } from './scenes';
import type { SourceState } from './types';
import { linkedState as linkFields, type LinkedState } from './url/linkFields';
import { linkFor } from './url/syncUrl';

/**
 * Derived values, computed from the source state and cached by the identity of their
 * inputs. Each store gets its own set (see createAppStore), so nothing is shared between
 * stores or tests.
 *
 * While practice mode asks values, every number the page reads comes through these with
 * the unanswered ones taken out (practice/selectors.ts): `trace`, `currentStep`,
 * `graphAnalysis` and `numericNotes` never hold the value of an unsettled question.
 */
export interface Selectors extends PracticeSelectors {
  /**
   * The trace of the current scene's scenario (the network's in the training scene), with
   * practice's unanswered values taken out.
   */
  trace(state: SourceState): Trace;
  /** The step that ran last (the one the formula and narration describe), if any. */
  currentStep(state: SourceState): TraceStep | undefined;
  total(state: SourceState): number;
  /** The current scene's scenario: the one it edits, saves to a file and exports. */
  scenario(state: SourceState): Scenario;
  /**
   * The graph scenario analysed: every node's value and gradient, and its problems (in the
   * graph scene, practice's unanswered values taken out).
   */
  graphAnalysis(state: SourceState): GraphAnalysis;
  /**
   * What looks wrong in the network's pass over the current example, and why it is right;
   * nothing while practice asks the network's values (a note would tell an answer).
   */
  numericNotes(state: SourceState): readonly NumericNote[];
  /** The fields a link carries: the same object until one of them changes. */
  linkedState(state: SourceState): LinkedState;
  /** The compact link (query string) to this state outside an embedding: `?s=1.…`. */
  fullAppLink(state: SourceState): string;
  /** The data playground's points, problem and trainer configuration. */
  readonly playground: PlaygroundDerived;
  /**
   * Makes the updated network and the opening of its trace ahead of the click (on 12 × 64
   * they were 31 and 14 ms of the click's 87 ms task); the update then only shows them.
   */
  prepareUpdate(state: SourceState): void;
}

/** A cache of one value per (network scenario, example index). */
function perNetworkSample<T>(build: (network: NetworkScenario, sample: number) => T) {
  const cache = new WeakMap<NetworkScenario, Map<number, T>>();
  return (network: NetworkScenario, sample: number): T => {
    let bySample = cache.get(network);
    if (bySample === undefined) {
      bySample = new Map();
      cache.set(network, bySample);
    }
    let value = bySample.get(sample);
    if (value === undefined) {
      value = build(network, sample);
      bySample.set(sample, value);
    }
    return value;
  };
}

/** A cache of one value per graph scenario. */
function perGraph<T>(build: (graph: GraphScenario) => T) {
  const cache = new WeakMap<GraphScenario, T>();
  return (graph: GraphScenario): T => {
    let value = cache.get(graph);
    if (value === undefined) {
      value = build(graph);
      cache.set(graph, value);
    }
    return value;
  };
}

/** The selectors a component or a test may read (see {@link Selectors}). */
export function createSelectors(): Selectors {
  return createStoreSelectors().select;
}

/**
 * The selectors with practice's internals (the questions and their values), for the
 * store's actions: never handed to components.
 */
export function createStoreSelectors(): {
  readonly select: Selectors;
  readonly practice: PracticeInternals;
  /**
   * The network after Apply update (θ − η∇L over all its examples), made once per network:
   * the same object each time, so what `prepareUpdate` made ahead is what the update shows.
   * For the store's action only: its weights are what practice may be asking.
   */
  readonly updatedNetwork: (state: SourceState) => NetworkScenario;
} {
  // Made on demand (a large network's trace has ninety thousand steps): the same steps and
  // values as buildNetworkTrace, each made when first read.
  const networkTrace = perNetworkSample(lazyNetworkTrace);
  const notes = perNetworkSample((network, sample) =>
    diagnose(network, forwardBackward(network, sample)),
  );
  const analysis = perGraph(analyzeGraph);
  const graphTrace = perGraph((graph) => buildGraphTrace(analysis(graph)));
  const traceOf: Record<ScenarioKind, (state: SourceState) => Trace> = {
    network: (state) => networkTrace(state.network, state.sample),
    graph: (state) => graphTrace(state.graph),
  };
  const fullTrace = (state: SourceState): Trace =>
    traceOf[SCENE_MODELS[state.scene].scenario](state);
  const practice = createPracticeSelectors({
    fullTrace,
    fullAnalysis: (state) => analysis(state.graph),
  });
  const trace = practice.select.visibleTrace;

  let linked: LinkedState | undefined;
  const linkedState = (state: SourceState): LinkedState => {
    const next = linkFields(state);
    if (linked === undefined || !shallow(linked, next)) linked = next;
    return linked;
  };
  const fullAppLinks = new WeakMap<LinkedState, string>();
  const updates = new WeakMap<NetworkScenario, NetworkScenario>();
  const updatedNetwork = (state: SourceState): NetworkScenario => {
    let next = updates.get(state.network);
    if (next === undefined) {
      next = trainStep(state.network);
      updates.set(state.network, next);
    }
    return next;
  };

  // Every diagram element asks for the current step at every change of the store (a large
  // network draws 2,300), and a lazy trace's step is read through a Proxy: read it once.
  let lastStep: { steps: Trace['steps']; cursor: number; step: TraceStep | undefined } | undefined;
  const currentStep = (state: SourceState): TraceStep | undefined => {
    const { steps } = trace(state);
    if (lastStep?.steps !== steps || lastStep.cursor !== state.cursor)
      lastStep = { steps, cursor: state.cursor, step: steps[state.cursor - 1] };
    return lastStep.step;
  };

  const select: Selectors = {
    ...practice.select,
    playground: createPlaygroundDerived(),
    trace,
    currentStep,
    total: (state) => fullTrace(state).steps.length,
    scenario: (state) => state[SCENE_MODELS[state.scene].scenario],
    graphAnalysis: practice.select.visibleAnalysis,
    numericNotes: (state) => {
      const status = practice.select.practiceStatus(state);
      const practising = status.on && !status.finished;
      return practising && SCENE_MODELS[state.scene].scenario === 'network'
        ? NO_NOTES
        : notes(state.network, state.sample);
    },
    linkedState,
    prepareUpdate: (state) => {
      networkTrace(updatedNetwork(state), state.sample);
    },
    fullAppLink: (state) => {
      const fields = linkedState(state);
      let link = fullAppLinks.get(fields);
      if (link === undefined) {
        // Encoding compresses the whole state: done once per change of a linked field.
        link = linkFor({ ...fields, embed: false });
        fullAppLinks.set(fields, link);
      }
      return link;
    },
  };
  return { select, practice: practice.internals, updatedNetwork };
}

const NO_NOTES: readonly NumericNote[] = [];
