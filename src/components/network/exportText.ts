import { stepHeading, translatorFor, type SceneExportText } from '../export/sceneText';
import { networkStepTex } from '../formula/tex';
import { narrateNetworkStep } from '../panels/networkNarration';

/** The network scene's exports: the step's narration under the diagram, the lecture's TeX. */
export const networkExportText: SceneExportText = {
  baseNames: ({ cursor }) => ({ diagram: `backprop-step-${cursor}`, trace: 'backprop-trace' }),
  caption(snap) {
    const t = translatorFor(snap);
    const heading = stepHeading(snap, t);
    const credit = t('app.title');
    const total = snap.trace.steps.length;
    const step = snap.cursor > 0 ? snap.trace.steps[snap.cursor - 1] : undefined;
    if (step === undefined) return { heading, sentence: t('narration.start'), credit };
    const sentence = narrateNetworkStep(step, t);
    const atEnd = snap.cursor >= total && step.phase === 'update';
    return { heading, sentence: atEnd ? `${sentence} ${t('narration.end')}` : sentence, credit };
  },
  describer(snap) {
    const t = translatorFor(snap);
    return (step) => ({ narration: narrateNetworkStep(step, t), formula: networkStepTex(step) });
  },
};
