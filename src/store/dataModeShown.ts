import type { AppState } from './types';
import { SCENE_MODELS } from './scenes';

/** Whether the Data mode is on screen: a scene that has one, with it chosen. */
export function dataModeShown(s: Pick<AppState, 'scene' | 'trainingData'>): boolean {
  return SCENE_MODELS[s.scene].dataMode && s.trainingData.mode === 'data';
}
