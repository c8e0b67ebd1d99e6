import { memo } from 'react';
import { trainingPreset, type TrainingPresetId } from '../../engine';
import { useActions, useAppState } from '../../store/StoreProvider';
import { useT } from '../common/hooks';

const SHALLOW: readonly TrainingPresetId[] = ['lecture', 'xor', 'sine', 'mazur'];
const DEEP: readonly TrainingPresetId[] = ['deep-sigmoid', 'deep-tanh', 'deep-relu'];

/**
 * The scene's example networks, one click each: an undoable edit of the network, which
 * also returns training to θ⁰. The deep trio differ only in their hidden activation.
 */
export const TrainingPresets = memo(function TrainingPresets({ onPick }: { onPick: () => void }) {
  const t = useT();
  const network = useAppState((s) => s.network);
  const { editNetwork, setIteration } = useActions();
  const button = (id: TrainingPresetId) => {
    const scenario = trainingPreset(id);
    return (
      <button
        key={id}
        type="button"
        className="preset"
        aria-pressed={network === scenario}
        title={t(`training.presetHint.${id}`)}
        data-testid={`training-preset-${id}`}
        onClick={() => {
          onPick();
          if (network !== scenario) editNetwork(scenario);
          setIteration(0);
        }}
      >
        {t(`training.preset.${id}`)}
      </button>
    );
  };
  return (
    <div className="preset-bar training-presets" role="group" aria-label={t('training.presets')}>
      <span className="preset-title">{t('training.presets')}</span>
      {SHALLOW.map(button)}
      <span className="preset-group" role="group" aria-label={t('training.deep')}>
        <span className="preset-title">{t('training.deep')}</span>
        {DEEP.map(button)}
      </span>
    </div>
  );
});
