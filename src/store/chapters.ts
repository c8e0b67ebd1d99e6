import {
  graphPresetScenario,
  LECTURE_SCENARIO,
  type GraphPresetId,
  type NetworkScenario,
} from '../engine';
import { defaultState } from './initialState';
import type { SceneName } from './scenes';
import type { SourceState } from './types';

/**
 * The lecture as chapters (LECTURE.md), as data the store and the components share: each
 * opens a scene, a scenario and a step (and, for gradient descent, a training position).
 * The network steps are positions in the lecture network's trace (12 forward steps, the
 * cost, 12 backward steps, 18 gradients, 18 updates). Titles and introductions are the
 * components' (components/chapters/chapters.ts), keyed by the same numbers.
 */
export const CHAPTER_NUMBERS = [1, 2, 3, 4, 5, 6, 7, 8] as const;
export type ChapterNumber = (typeof CHAPTER_NUMBERS)[number];

export interface ChapterSpec {
  readonly number: ChapterNumber;
  readonly scene: SceneName;
  readonly network?: NetworkScenario;
  readonly graph?: GraphPresetId;
  /** Steps run when the chapter opens. */
  readonly step: number;
  /** The training position it opens at, for a chapter about gradient descent (θ⁰). */
  readonly iteration?: number;
}

export const CHAPTER_SPECS: Readonly<Record<ChapterNumber, ChapterSpec>> = {
  1: { number: 1, scene: 'training', network: LECTURE_SCENARIO, step: 0, iteration: 0 },
  2: { number: 2, scene: 'graph', graph: 'chain-case-2', step: 0 },
  3: { number: 3, scene: 'network', network: LECTURE_SCENARIO, step: 0 },
  // The first backward step: ∂C/∂y of the first output, where the reverse network starts.
  4: { number: 4, scene: 'network', network: LECTURE_SCENARIO, step: 13 },
  // The first gradient: ∂C/∂w of the first weight, a forward value times a backward one.
  5: { number: 5, scene: 'network', network: LECTURE_SCENARIO, step: 26 },
  6: { number: 6, scene: 'graph', graph: 'cs231n-add-mul', step: 0 },
  7: { number: 7, scene: 'graph', graph: 'apple', step: 0 },
  8: { number: 8, scene: 'training', network: LECTURE_SCENARIO, step: 0, iteration: 0 },
};

/** The chapter with this number, if there is one. */
export function chapterSpec(number: number): ChapterSpec | undefined {
  return isChapterNumber(number) ? CHAPTER_SPECS[number] : undefined;
}

export function isChapterNumber(number: number): number is ChapterNumber {
  return (CHAPTER_NUMBERS as readonly number[]).includes(number);
}

const same = (a: unknown, b: unknown): boolean => JSON.stringify(a) === JSON.stringify(b);

/**
 * The state a link naming a chapter opens: the chapter as the Chapters menu opens it (its
 * scene, its scenario, its step, its training position), on top of `state`, except for
 * what the link says itself. A link's scene or iteration is applied before the chapter, so
 * they are kept when they differ from the defaults; its scenarios and its step are applied
 * after it, so they win anyway.
 */
export function openChapterFromLink(
  state: SourceState,
  number: number,
  totalFor: (state: SourceState) => number,
): SourceState {
  const spec = chapterSpec(number);
  if (spec === undefined) return { ...state, chapter: number };
  const fresh = defaultState(state.lang);
  const opened: SourceState = {
    ...state,
    chapter: number,
    scene: state.scene === fresh.scene ? spec.scene : state.scene,
    network:
      spec.network !== undefined && same(state.network, fresh.network)
        ? spec.network
        : state.network,
    graph:
      spec.graph !== undefined && same(state.graph, fresh.graph)
        ? graphPresetScenario(spec.graph)
        : state.graph,
    iteration:
      spec.iteration !== undefined && state.iteration === fresh.iteration
        ? spec.iteration
        : state.iteration,
  };
  return { ...opened, cursor: Math.min(spec.step, totalFor(opened)) };
}
