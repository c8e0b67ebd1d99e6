import {
  analyzeGraph,
  buildGraphTrace,
  graphPresetScenario,
  type GraphPresetId,
  type GraphScenario,
} from '../../engine';
import type { GraphView } from './graphView';

/** A view of a scenario at `cursor` (default: the end), for tests of the pure helpers. */
export function viewOf(scenario: GraphScenario, cursor?: number): GraphView {
  const analysis = analyzeGraph(scenario);
  const trace = buildGraphTrace(analysis);
  const at = cursor ?? trace.steps.length;
  return {
    scenario,
    analysis,
    trace,
    cursor: at,
    step: at > 0 ? trace.steps[at - 1] : undefined,
    preview: false,
  };
}

export const presetView = (id: GraphPresetId, cursor?: number): GraphView =>
  viewOf(graphPresetScenario(id), cursor);
