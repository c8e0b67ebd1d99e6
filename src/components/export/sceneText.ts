import type { GraphAnalysis, NetworkScenario, Scenario, Trace, TraceStep } from '../../engine';
import { translate, type Language, type Translate } from '../../i18n/translate';
import type { SceneName } from '../../store/types';
import type { StepText } from './traceExport';

/** The source state an export reads, taken once when the user picks it. */
export interface ExportSnapshot {
  readonly scene: SceneName;
  readonly lang: Language;
  /** The scene's scenario: the one it edits, saves and exports. */
  readonly scenario: Scenario;
  /** The network scenario (the NumPy script is of it in any scene). */
  readonly network: NetworkScenario;
  /** The graph scenario's analysis, from the store's selectors. */
  readonly graphAnalysis: GraphAnalysis;
  readonly sample: number;
  readonly cursor: number;
  readonly iteration: number;
  /** The current scene's trace (the network's in the training scene), as the page shows it. */
  readonly trace: Trace;
  /** While practice asks the step's value: what to compute, the caption's sentence. */
  readonly asked?: string;
}

/** The caption under an exported diagram: where we are, and what the narration says now. */
export interface Caption {
  readonly heading: string;
  readonly sentence: string;
  readonly credit: string;
}

/**
 * A scene's words for its exports (see the view registry, components/scenes.ts): the file
 * names, the caption under the diagram, and the narration and formula of each trace step.
 */
export interface SceneExportText {
  /** File names without extension: `backprop-step-12`, `backprop-graph-trace`, … */
  baseNames(snap: Pick<ExportSnapshot, 'cursor' | 'iteration'>): {
    readonly diagram: string;
    readonly trace: string;
  };
  caption(snap: ExportSnapshot): Caption;
  /** The narration and formula of any step of the snapshot's trace, in its language. */
  describer(snap: ExportSnapshot): (step: TraceStep, index: number) => StepText;
}

/** The dictionaries in the snapshot's language. */
export function translatorFor(snap: Pick<ExportSnapshot, 'lang'>): Translate {
  return (key, params) => translate(snap.lang, key, params);
}

/** "Step 12 of 61 · Backward pass": the caption's heading in a scene that walks its trace. */
export function stepHeading(snap: ExportSnapshot, t: Translate): string {
  const step = snap.cursor > 0 ? snap.trace.steps[snap.cursor - 1] : undefined;
  return t('export.captionStep', {
    step: snap.cursor,
    total: snap.trace.steps.length,
    phase: t(`phase.${step?.phase ?? 'start'}`),
  });
}
