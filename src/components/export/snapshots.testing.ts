import {
  analyzeGraph,
  buildGraphTrace,
  buildNetworkTrace,
  graphPresetScenario,
  LECTURE_SCENARIO,
} from '../../engine';
import type { Language } from '../../i18n/translate';
import type { ExportSnapshot } from './sceneText';

/** Export snapshots of the default scenes, for the tests. */
export function networkSnapshot(cursor: number, lang: Language = 'en'): ExportSnapshot {
  return {
    scene: 'network',
    lang,
    network: LECTURE_SCENARIO,
    graph: graphPresetScenario('cs231n-add-mul'),
    sample: 0,
    cursor,
    iteration: 0,
    trace: buildNetworkTrace(LECTURE_SCENARIO),
  };
}

export function graphSnapshot(cursor: number, lang: Language = 'en'): ExportSnapshot {
  const graph = graphPresetScenario('cs231n-add-mul');
  return {
    ...networkSnapshot(cursor, lang),
    scene: 'graph',
    graph,
    trace: buildGraphTrace(analyzeGraph(graph)),
  };
}
