import {
  GRAPH_PRACTICE_KINDS,
  NETWORK_PRACTICE_KINDS,
  type PracticeKind,
  type Scenario,
} from '../engine';

/** The kinds of scenario, which are also the keys of the store's `Scenarios`. */
export type ScenarioKind = Scenario['kind'];

export interface SceneModel {
  /**
   * The scenario the scene edits, saves to a file and exports, and whose trace the store
   * keeps (cursor, step count, phases).
   */
  readonly scenario: ScenarioKind;
  /**
   * True when the scene walks its trace with the shared stepper: the stepper footer, the
   * page's stepping keys, and playback that steps the cursor. False for a scene with
   * controls and keys of its own (the training scene plays gradient descent; its trace is
   * kept only for links and exports).
   */
  readonly walksTrace: boolean;
  /**
   * The kinds of value practice mode asks in this scene (of those a link turns on). A scene
   * that walks its trace stops the cursor at each unanswered question; one that does not
   * (the gradient-descent scene) asks the update θ⁰ → θ¹ and holds training at θ⁰ until
   * it is answered.
   */
  readonly practice: readonly PracticeKind[];
  /** True when the scene has the Data mode (the data playground, where own points are edited). */
  readonly dataMode: boolean;
}

/**
 * The model half of the scene registry: what the store needs to know of each scene. The
 * view half (its component, exports, presenter layout) is in components/scenes.ts, keyed by
 * the same names; a scene missing from either is a compile error.
 *
 * A scene's name is a key of this table, so adding one here is what makes it a scene
 * (links, the header's tabs and the view registry all follow from it).
 */
export const SCENE_MODELS = {
  network: {
    scenario: 'network',
    walksTrace: true,
    practice: NETWORK_PRACTICE_KINDS,
    dataMode: false,
  },
  graph: { scenario: 'graph', walksTrace: true, practice: GRAPH_PRACTICE_KINDS, dataMode: false },
  training: { scenario: 'network', walksTrace: false, practice: ['update'], dataMode: true },
} as const satisfies Record<string, SceneModel>;

export type SceneName = keyof typeof SCENE_MODELS;

/** Every scene, in the order of the header's tabs. */
export const SCENES: readonly SceneName[] = keysOf(SCENE_MODELS);

/** The scene that opens a scenario of this kind (a file, a readable link's `scenario=`). */
export const SCENE_FOR_SCENARIO: Readonly<Record<ScenarioKind, SceneName>> = {
  network: 'network',
  graph: 'graph',
};

/** The keys of a table whose keys are exactly `K` (Object.keys types them as strings). */
function keysOf<K extends string>(table: Readonly<Record<K, unknown>>): K[] {
  return Object.keys(table) as K[];
}
