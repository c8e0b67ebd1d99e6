import { useState } from 'react';
import { readLearningRate } from '../../i18n/issues/fields';
import { formatFull, formatNumber } from '../../lib/format';
import { useActions, useAppState } from '../../store/StoreProvider';
import { useT } from '../common/hooks';
import { MessageText } from '../common/MessageText';
import type { RunView } from './runStore';

/** Training speeds offered, in gradient-descent steps per second. */
export const RATES = [1, 10, 100, 1000, 5000] as const;

/**
 * θ⁰, back, step, play/pause and the speed; the iteration and loss; the learning rate.
 * The iteration and loss carry their exact values as test hooks (`training-iteration`,
 * `training-loss`).
 */
export function TrainingControls({
  view,
  running,
  onToggle,
  onStep,
  onReset,
}: {
  view: RunView;
  running: boolean;
  onToggle: () => void;
  onStep: (delta: 1 | -1) => void;
  onReset: () => void;
}) {
  const t = useT();
  const rate = useAppState((s) => s.trainingRate);
  const { setTrainingRate } = useActions();
  const rates: readonly number[] = RATES.some((r) => r === rate)
    ? RATES
    : [...RATES, rate].sort((p, q) => p - q);
  const atLimit = view.iteration >= view.limit;
  return (
    <div className="training-controls" role="toolbar" aria-label={t('training.controls')}>
      <div className="button-row">
        <button
          type="button"
          onClick={onReset}
          disabled={view.iteration === 0}
          title={t('training.resetHint')}
          aria-label={t('training.resetHint')}
          data-testid="training-reset"
        >
          {t('training.reset')}
        </button>
        <button
          type="button"
          onClick={() => onStep(-1)}
          disabled={view.iteration === 0}
          title={t('training.backHint')}
          data-testid="training-back"
        >
          {t('training.back')}
        </button>
        <button
          type="button"
          onClick={() => onStep(1)}
          disabled={atLimit}
          title={t('training.stepHint')}
          data-testid="training-step"
        >
          {t('training.step')}
        </button>
        <button
          type="button"
          className="primary"
          onClick={onToggle}
          disabled={!running && (atLimit || view.pending)}
          title={t('training.playHint')}
          aria-pressed={running}
          data-testid="training-play"
        >
          {running ? t('training.pause') : t('training.play')}
        </button>
        <label className="rate">
          <span>{t('training.rate')}</span>
          <select
            value={rate}
            onChange={(e) => setTrainingRate(Number(e.target.value))}
            data-testid="training-rate"
          >
            {rates.map((r) => (
              <option key={r} value={r}>
                {t('training.rateOption', { rate: r })}
              </option>
            ))}
          </select>
        </label>
      </div>
      <div className="readouts">
        <output
          data-testid="training-iteration"
          data-iteration={view.iteration}
          data-pending={view.pending}
        >
          {view.pending
            ? t('training.replaying', { t: view.iteration, target: view.target })
            : t('training.iteration', { t: view.iteration })}
        </output>
        <output
          data-testid="training-loss"
          data-value={String(view.loss)}
          title={formatFull(view.loss)}
        >
          {t('training.loss', { value: formatNumber(view.loss, 6) })}
        </output>
        <span className="muted reduction">
          {t(
            view.network.reduction === 'mean'
              ? 'training.reduction.mean'
              : 'training.reduction.sum',
            {
              n: view.network.samples.length,
            },
          )}
        </span>
      </div>
      <LearningRateInput eta={view.eta} />
    </div>
  );
}

/**
 * η of the next step. A new η goes on from θᵗ and is recorded in the run's η log (at θ⁰
 * it is the network's own η, an undoable edit).
 */
function LearningRateInput({ eta }: { eta: number }) {
  const t = useT();
  const { setEtaFromHere } = useActions();
  const [draft, setDraft] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const commit = () => {
    if (draft === null) return;
    const read = readLearningRate(t, draft, eta);
    if (!read.ok) {
      setError(read.message);
      return;
    }
    setError(null);
    setDraft(null);
    if (read.value !== eta) setEtaFromHere(read.value);
  };
  return (
    <div className="eta">
      <label>
        <span>{t('training.learningRate')}</span>
        <input
          type="text"
          inputMode="decimal"
          value={draft ?? String(eta)}
          aria-invalid={error !== null}
          title={t('training.learningRateHint')}
          data-testid="training-eta"
          onChange={(e) => setDraft(e.target.value)}
          onBlur={commit}
          onKeyDown={(e) => {
            if (e.key === 'Enter') commit();
            if (e.key === 'Escape') {
              setDraft(null);
              setError(null);
            }
          }}
        />
      </label>
      {error !== null && (
        <p className="field-error" role="alert">
          <MessageText text={error} />
        </p>
      )}
    </div>
  );
}
