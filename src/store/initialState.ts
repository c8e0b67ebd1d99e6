import { graphPresetScenario, LECTURE_SCENARIO } from '../engine';
import type { Language } from '../i18n/translate';
import { CLASS_DEFAULTS } from './class/types';
import { PRACTICE_DEFAULTS } from './practice/types';
import { defaultPlaygroundFields } from './playground/fields';
import type { SourceState } from './types';

/** Gradient-descent steps per second when training starts playing. */
export const DEFAULT_TRAINING_RATE = 100;

/** The lecture's default scene: its example network, nothing computed yet. */
export function defaultState(lang: Language = 'en'): SourceState {
  return {
    scene: 'network',
    network: LECTURE_SCENARIO,
    graph: graphPresetScenario('cs231n-add-mul'),
    cursor: 0,
    playing: false,
    speed: 1,
    lang,
    sample: 0,
    iteration: 0,
    trainingRate: DEFAULT_TRAINING_RATE,
    focus: null,
    error: null,
    chapter: null,
    presenter: false,
    blank: false,
    theme: 'system',
    hidden: [],
    embed: false,
    editing: null,
    past: [],
    lastEdit: null,
    future: [],
    ...PRACTICE_DEFAULTS,
    ...CLASS_DEFAULTS,
    ...defaultPlaygroundFields(),
  };
}
