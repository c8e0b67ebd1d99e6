import { translatorFor, type SceneExportText } from '../export/sceneText';
import { networkExportText } from '../network/exportText';

/**
 * The training scene's exports: the caption names the iteration (θᵗ is what the charts
 * show); the trace exported is the network's, described as the network scene does.
 */
export const trainingExportText: SceneExportText = {
  baseNames: ({ iteration }) => ({
    diagram: `backprop-training-${iteration}`,
    trace: 'backprop-trace',
  }),
  caption(snap) {
    const t = translatorFor(snap);
    return {
      heading: t('export.captionTraining', { iteration: snap.iteration }),
      sentence: '',
      credit: t('app.title'),
    };
  },
  describer: (snap) => networkExportText.describer(snap),
};
