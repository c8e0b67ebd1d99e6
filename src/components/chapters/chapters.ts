import { LECTURE_SCENARIO, type GraphPresetId, type NetworkScenario } from '../../engine';
import type { MessageKey } from '../../i18n/en';
import type { SceneName } from '../../store/types';

/**
 * The lecture as chapters (LECTURE.md): each opens a scene, a scenario and a step. The
 * network steps are positions in the lecture network's trace (12 forward steps, the
 * cost, 12 backward steps, 18 gradients, 18 updates).
 */
export interface Chapter {
  readonly number: number;
  readonly scene: SceneName;
  readonly network?: NetworkScenario;
  readonly graph?: GraphPresetId;
  /** Steps run when the chapter opens. */
  readonly step: number;
  /** The training position it opens at, for a chapter about gradient descent (θ⁰). */
  readonly iteration?: number;
  readonly title: MessageKey;
  readonly intro: MessageKey;
}

export const CHAPTERS: readonly Chapter[] = [
  {
    number: 1,
    scene: 'training',
    network: LECTURE_SCENARIO,
    step: 0,
    iteration: 0,
    title: 'chapter.1.title',
    intro: 'chapter.1.intro',
  },
  {
    number: 2,
    scene: 'graph',
    graph: 'chain-case-2',
    step: 0,
    title: 'chapter.2.title',
    intro: 'chapter.2.intro',
  },
  {
    number: 3,
    scene: 'network',
    network: LECTURE_SCENARIO,
    step: 0,
    title: 'chapter.3.title',
    intro: 'chapter.3.intro',
  },
  {
    number: 4,
    scene: 'network',
    network: LECTURE_SCENARIO,
    step: 13,
    title: 'chapter.4.title',
    intro: 'chapter.4.intro',
  },
  {
    number: 5,
    scene: 'network',
    network: LECTURE_SCENARIO,
    // The first gradient: ∂C/∂w of the first weight, a forward value times a backward one.
    step: 26,
    title: 'chapter.5.title',
    intro: 'chapter.5.intro',
  },
  {
    number: 6,
    scene: 'graph',
    graph: 'cs231n-add-mul',
    step: 0,
    title: 'chapter.6.title',
    intro: 'chapter.6.intro',
  },
  {
    number: 7,
    scene: 'graph',
    graph: 'apple',
    step: 0,
    title: 'chapter.7.title',
    intro: 'chapter.7.intro',
  },
  {
    number: 8,
    scene: 'training',
    network: LECTURE_SCENARIO,
    step: 0,
    iteration: 0,
    title: 'chapter.8.title',
    intro: 'chapter.8.intro',
  },
];

export function chapter(number: number): Chapter | undefined {
  return CHAPTERS.find((c) => c.number === number);
}
