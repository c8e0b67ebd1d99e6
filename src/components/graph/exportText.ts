import { stepHeading, translatorFor, type SceneExportText } from '../export/sceneText';
import { narrateGraph } from './graphNarration';
import { graphStepTex } from './graphTex';

/** The graph scene's exports: the circuit's narration and the chain rule at each gate. */
export const graphExportText: SceneExportText = {
  baseNames: ({ cursor }) => ({
    diagram: `backprop-graph-step-${cursor}`,
    trace: 'backprop-graph-trace',
  }),
  caption(snap) {
    const t = translatorFor(snap);
    const total = snap.trace.steps.length;
    const step = snap.cursor > 0 ? snap.trace.steps[snap.cursor - 1] : undefined;
    return {
      heading: stepHeading(snap, t),
      sentence: narrateGraph(step, snap.graphAnalysis, snap.cursor, total, t),
      credit: t('app.title'),
    };
  },
  describer(snap) {
    const t = translatorFor(snap);
    const words = {
      local: t('graph.tex.local'),
      upstream: t('graph.tex.upstream'),
      downstream: t('graph.tex.downstream'),
      notReal: t('value.notReal'),
    };
    // Each row is that step's own sentence: with an infinite total, none of them gets the
    // closing "Done" the panel adds at the last step.
    return (step, index) => ({
      narration: narrateGraph(step, snap.graphAnalysis, index + 1, Number.POSITIVE_INFINITY, t),
      formula: graphStepTex(step, snap.graphAnalysis, words),
    });
  },
};
