import {
  analyzeGraph,
  type GraphScenario,
  type NetworkScenario,
  type Trace,
  type TraceStep,
} from '../../engine';
import { translate, type Language, type Translate } from '../../i18n/translate';
import type { SceneName } from '../../store/types';
import { networkStepTex } from '../formula/tex';
import { narrateGraph } from '../graph/graphNarration';
import { graphStepTex } from '../graph/graphTex';
import { narrateNetworkStep } from '../panels/networkNarration';
import type { StepText } from './traceExport';

/** The source state an export reads, taken once when the user picks it. */
export interface ExportSnapshot {
  readonly scene: SceneName;
  readonly lang: Language;
  readonly network: NetworkScenario;
  readonly graph: GraphScenario;
  readonly sample: number;
  readonly cursor: number;
  readonly iteration: number;
  /** The current scene's trace (the network's in the training scene). */
  readonly trace: Trace;
}

/** The narration and formula of any step of the snapshot's trace, in its language. */
export function stepDescriber(snap: ExportSnapshot): (step: TraceStep, index: number) => StepText {
  const t: Translate = (key, params) => translate(snap.lang, key, params);
  if (snap.scene === 'graph') {
    const analysis = analyzeGraph(snap.graph);
    const words = {
      local: t('graph.tex.local'),
      upstream: t('graph.tex.upstream'),
      downstream: t('graph.tex.downstream'),
    };
    // Each row is that step's own sentence: with an infinite total, none of them gets the
    // closing "Done" the panel adds at the last step.
    return (step, index) => ({
      narration: narrateGraph(step, analysis, index + 1, Number.POSITIVE_INFINITY, t),
      formula: graphStepTex(step, analysis, words),
    });
  }
  return (step) => ({ narration: narrateNetworkStep(step, t), formula: networkStepTex(step) });
}

/** The caption under an exported diagram: where we are, and what the narration says now. */
export interface Caption {
  readonly heading: string;
  readonly sentence: string;
  readonly credit: string;
}

export function captionOf(snap: ExportSnapshot): Caption {
  const t: Translate = (key, params) => translate(snap.lang, key, params);
  const credit = t('app.title');
  if (snap.scene === 'training') {
    return {
      heading: t('export.captionTraining', { iteration: snap.iteration }),
      sentence: '',
      credit,
    };
  }
  const total = snap.trace.steps.length;
  const step = snap.cursor > 0 ? snap.trace.steps[snap.cursor - 1] : undefined;
  const heading = t('export.captionStep', {
    step: snap.cursor,
    total,
    phase: t(`phase.${step?.phase ?? 'start'}`),
  });
  if (snap.scene === 'graph') {
    const sentence = narrateGraph(step, analyzeGraph(snap.graph), snap.cursor, total, t);
    return { heading, sentence, credit };
  }
  if (step === undefined) return { heading, sentence: t('narration.start'), credit };
  const sentence = narrateNetworkStep(step, t);
  const atEnd = snap.cursor >= total && step.phase === 'update';
  return { heading, sentence: atEnd ? `${sentence} ${t('narration.end')}` : sentence, credit };
}

/** File names without extension: `backprop-step-12`, `backprop-graph-step-3`, … */
export function exportBaseName(snap: Pick<ExportSnapshot, 'scene' | 'cursor' | 'iteration'>): {
  readonly diagram: string;
  readonly trace: string;
} {
  switch (snap.scene) {
    case 'graph':
      return { diagram: `backprop-graph-step-${snap.cursor}`, trace: 'backprop-graph-trace' };
    case 'training':
      return { diagram: `backprop-training-${snap.iteration}`, trace: 'backprop-trace' };
    default:
      return { diagram: `backprop-step-${snap.cursor}`, trace: 'backprop-trace' };
  }
}
