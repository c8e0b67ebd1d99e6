import { lazy, type ComponentType } from 'react';
import type { SceneName } from '../store/types';
import { EXPORT_KINDS, type ExportKind } from './export/exportKinds';
import type { SceneExportText } from './export/sceneText';
import { NetworkScene } from './network/NetworkScene';
import { NetworkStepText } from './network/NetworkStepText';

/**
 * The view half of the scene registry: what the page needs to know of each scene. The
 * model half (its scenario, whether it walks its trace with the shared stepper) is
 * store/scenes.ts, keyed by the same names; a scene missing from either is a compile error.
 *
 * From the model half the page also takes: the stepper footer and the page's stepping keys
 * for a scene that walks its trace; for one that does not (its own controls and keys),
 * presenter mode's exit button in place of the stepper that holds it elsewhere. Each
 * scene's component draws its own side panels (the inspector among them).
 */
export interface SceneView {
  /** What the scene draws; lazy past the first screen, so that it loads when first opened. */
  readonly component: ComponentType;
  /**
   * The step's narration and formula, for the page to show where the layout wants them
   * (a phone's pinned step card, an embed, presenter mode's caption bar; see
   * app/layouts.ts). Null for a scene that draws its own caption: training, whose Examples
   * mode shows TrainingCaption and whose Data mode shows DataCaption (the iteration, the
   * training and test loss, and what the maps show in the current map mode).
   */
  readonly stepText: ComponentType | null;
  /** What the Export menu offers in this scene, in menu order. */
  readonly exportKinds: readonly ExportKind[];
  /** The scene's words for its exports, loaded with the exporters when one is picked. */
  readonly exportText: () => Promise<SceneExportText>;
}

export const SCENE_VIEWS: Record<SceneName, SceneView> = {
  network: {
    component: NetworkScene,
    stepText: NetworkStepText,
    exportKinds: EXPORT_KINDS,
    exportText: () => import('./network/exportText').then((m) => m.networkExportText),
  },
  graph: {
    component: lazy(() => import('./graph/GraphScene').then((m) => ({ default: m.GraphScene }))),
    stepText: lazy(() =>
      import('./graph/GraphStepText').then((m) => ({ default: m.GraphStepText })),
    ),
    // The NumPy script is of the network, which this scene does not show.
    exportKinds: ['svg', 'png', 'csv', 'json'],
    exportText: () => import('./graph/exportText').then((m) => m.graphExportText),
  },
  training: {
    component: lazy(() =>
      import('./training/TrainingScene').then((m) => ({ default: m.TrainingScene })),
    ),
    stepText: null,
    exportKinds: EXPORT_KINDS,
    exportText: () => import('./training/exportText').then((m) => m.trainingExportText),
  },
};
