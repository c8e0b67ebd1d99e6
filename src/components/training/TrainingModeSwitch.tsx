import { TRAINING_MODES } from '../../store/playground/fields';
import { useActions, useAppState } from '../../store/StoreProvider';
import { cx } from '../common/classNames';
import { useT } from '../common/hooks';

/**
 * Examples (the lecture's hand-typed samples) or Data (the data playground): which one the
 * gradient-descent scene shows. `training-mode` carries the mode as `data-mode`.
 */
export function TrainingModeSwitch() {
  const t = useT();
  const mode = useAppState((s) => s.trainingData.mode);
  const { setTrainingMode } = useActions();
  return (
    <div
      className="training-mode-switch"
      role="group"
      aria-label={t('playground.modes')}
      data-testid="training-mode"
      data-mode={mode}
    >
      {TRAINING_MODES.map((m) => (
        <button
          key={m}
          type="button"
          className={cx('tab', mode === m && 'selected')}
          aria-pressed={mode === m}
          onClick={() => setTrainingMode(m)}
          data-testid={`training-mode-${m}`}
        >
          {t(`playground.mode.${m}`)}
        </button>
      ))}
    </div>
  );
}
