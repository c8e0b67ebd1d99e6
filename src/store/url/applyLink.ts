import type { SourceState } from '../types';
import type { LinkRequest } from './readableLink';

/**
 * The state a link asks for, on top of `base`. The step is applied after the scene and
 * scenario, and clamped to the trace by the store when it is created.
 */
export function applyLink(
  base: SourceState,
  request: LinkRequest,
  totalFor: (state: SourceState) => number,
): SourceState {
  let state: SourceState = { ...base };
  if (request.lang) state = { ...state, lang: request.lang };
  if (request.network) state = { ...state, network: request.network };
  if (request.graph) state = { ...state, graph: request.graph };
  if (request.speed) state = { ...state, speed: request.speed };
  if (request.sample !== undefined && request.sample < state.network.samples.length)
    state = { ...state, sample: request.sample };
  if (request.scenario?.kind === 'network')
    state = { ...state, network: request.scenario, scene: 'network' };
  if (request.scenario?.kind === 'graph')
    state = { ...state, graph: request.scenario, scene: 'graph' };
  if (request.scene) state = { ...state, scene: request.scene };
  if (request.iteration !== undefined) state = { ...state, iteration: request.iteration };
  if (request.trainingRate !== undefined) state = { ...state, trainingRate: request.trainingRate };
  if (request.chapter !== undefined) state = { ...state, chapter: request.chapter };
  if (request.presenter !== undefined) state = { ...state, presenter: request.presenter };
  if (request.theme !== undefined) state = { ...state, theme: request.theme };
  if (request.hidden !== undefined) state = { ...state, hidden: request.hidden };
  if (request.embed !== undefined) state = { ...state, embed: request.embed };
  if (request.step !== undefined) {
    const total = totalFor(state);
    state = { ...state, cursor: request.step === 'end' ? total : Math.min(request.step, total) };
  }
  return state;
}
