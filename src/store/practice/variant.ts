import { graphVariant, networkVariant } from '../../engine';
import { assertNever } from '../../lib/assertNever';
import { SCENE_MODELS } from '../scenes';
import type { SourceState } from '../types';

/**
 * `state` with the scenario its scene shows replaced by variant `number` (the same shape
 * with friendly numbers: engine/practice/networkVariant.ts and graphVariant.ts), and the
 * variant recorded. A graph that has no friendly inputs (`log(x - x)`) keeps its numbers:
 * then `undefined`.
 *
 * @param number a variant number the link reader or the caller has checked (0 … 2³¹ − 1).
 */
export function withVariant<S extends Pick<SourceState, 'scene' | 'network' | 'graph' | 'variant'>>(
  state: S,
  number: number,
): S | undefined {
  const variant = { number, drawn: true };
  const kind = SCENE_MODELS[state.scene].scenario;
  switch (kind) {
    case 'network':
      return { ...state, network: networkVariant(state.network, number), variant };
    case 'graph': {
      const drawn = graphVariant(state.graph, number);
      return drawn.ok ? { ...state, graph: drawn.scenario, variant } : undefined;
    }
    default:
      return assertNever(kind);
  }
}
