import { DEFAULT_HYPERPARAMETERS, REGULARIZATIONS, type Hyperparameters } from '../../engine';
import { formatNumber } from '../../lib/format';
import { useAppState } from '../../store/StoreProvider';
import { cx } from '../common/classNames';
import { usePlaygroundT } from './usePlaygroundT';
import { useDriver, useDriverStatus } from './driverContext';

/** TensorFlow Playground's learning rates and regularisation rates. */
const LEARNING_RATES = [0.00001, 0.0001, 0.001, 0.003, 0.01, 0.03, 0.1, 0.3, 1, 3, 10] as const;
const REGULARIZATION_RATES = [0, 0.001, 0.003, 0.01, 0.03, 0.1, 0.3, 1, 3, 10] as const;
/** Batch sizes offered; the largest is "all" (the lecture's plain gradient descent). */
const BATCH_SIZES = [1, 5, 10, 30, DEFAULT_HYPERPARAMETERS.batchSize] as const;

/** The list with `value` in it, in order (a link may carry a value the list lacks). */
const withValue = (list: readonly number[], value: number) =>
  list.includes(value) ? list : [...list, value].sort((a, b) => a - b);

/**
 * Learning rate η, batch size and regularisation: they change from the current iteration
 * on, training going on from θᵗ (the change is recorded, so a link replays it exactly).
 * As a `bar`, one row under the run's buttons, as in the Playground's top bar, so a
 * laptop shows them with the maps; in presenter mode a panel under the stage.
 */
export function HyperControls({ bar = false }: { bar?: boolean }) {
  const t = usePlaygroundT();
  const driver = useDriver();
  const status = useDriverStatus();
  const stored = useAppState((s) => s.dataLog.at(-1)?.hyper);
  const hyper: Hyperparameters = status.hyper ?? stored ?? DEFAULT_HYPERPARAMETERS;
  const change = (next: Partial<Hyperparameters>) =>
    driver.setHyperparameters({ ...hyper, ...next });
  const all = DEFAULT_HYPERPARAMETERS.batchSize;
  return (
    <div
      className={cx('playground-hyper', bar ? 'playground-hyper-bar' : 'playground-panel')}
      data-testid="playground-hyper"
    >
      <label className="select-row">
        <span>{t('playground.learningRate')}</span>
        <select
          value={hyper.learningRate}
          onChange={(e) => change({ learningRate: Number(e.target.value) })}
          data-testid="playground-eta"
        >
          {withValue(LEARNING_RATES, hyper.learningRate).map((eta) => (
            <option key={eta} value={eta}>
              {formatNumber(eta, 4)}
            </option>
          ))}
        </select>
      </label>
      <label className="select-row">
        <span>{t('playground.batchSize')}</span>
        <select
          value={hyper.batchSize}
          onChange={(e) => change({ batchSize: Number(e.target.value) })}
          data-testid="playground-batch"
        >
          {withValue(BATCH_SIZES, hyper.batchSize).map((b) => (
            <option key={b} value={b}>
              {b === all ? t('playground.batchAll') : b}
            </option>
          ))}
        </select>
      </label>
      <label className="select-row">
        <span>{t('playground.regularization')}</span>
        <select
          value={hyper.regularization}
          onChange={(e) => {
            const picked = REGULARIZATIONS.find((r) => r === e.target.value);
            if (picked !== undefined) change({ regularization: picked });
          }}
          data-testid="playground-regularization"
        >
          {REGULARIZATIONS.map((r) => (
            <option key={r} value={r}>
              {t(`playground.regularization.${r}`)}
            </option>
          ))}
        </select>
      </label>
      <label className="select-row">
        <span>{t('playground.regularizationRate')}</span>
        <select
          value={hyper.regularizationRate}
          disabled={hyper.regularization === 'none'}
          onChange={(e) => change({ regularizationRate: Number(e.target.value) })}
          data-testid="playground-lambda"
        >
          {withValue(REGULARIZATION_RATES, hyper.regularizationRate).map((r) => (
            <option key={r} value={r}>
              {formatNumber(r, 4)}
            </option>
          ))}
        </select>
      </label>
    </div>
  );
}
