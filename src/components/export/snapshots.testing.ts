import {
  analyzeGraph,
  buildGraphTrace,
  buildNetworkTrace,
  graphPresetScenario,
  LECTURE_SCENARIO,
} from '../../engine';
import type { Language } from '../../i18n/translate';
import type { ExportSnapshot } from './sceneText';

const GRAPH = graphPresetScenario('cs231n-add-mul');

/** Export snapshots of the default scenes, for the tests. */
export function networkSnapshot(cursor: number, lang: Language = 'en'): ExportSnapshot {
  return {
    scene: 'network',
    lang,
    scenario: LECTURE_SCENARIO,
    network: LECTURE_SCENARIO,
    graphAnalysis: analyzeGraph(GRAPH),
    sample: 0,
    cursor,
    iteration: 0,
    trace: buildNetworkTrace(LECTURE_SCENARIO),
  };
}

export function graphSnapshot(cursor: number, lang: Language = 'en'): ExportSnapshot {
  const analysis = analyzeGraph(GRAPH);
  return {
    ...networkSnapshot(cursor, lang),
    scene: 'graph',
    scenario: GRAPH,
    graphAnalysis: analysis,
    trace: buildGraphTrace(analysis),
  };
}
