import { formatNumber } from '../../lib/format';
import { useActions } from '../../store/StoreProvider';
import { useT } from '../common/hooks';
import { SuggestionPart } from './DivergenceNotice';
import type { RunView } from './runStore';

/**
 * Says that training stopped because a step went to NaN or infinity — which step, that θ
 * is the last finite one — and offers an η that was tried and trained (the background
 * search, from where the failing η took effect). Shown while the run stands at that last
 * finite iteration.
 */
export function DivergenceAlert({ view }: { view: RunView }) {
  const t = useT();
  const { applyEtaFrom } = useActions();
  const divergence = view.divergence;
  if (divergence === null || view.iteration !== view.limit) return null;
  const eta = view.eta;
  return (
    <div
      className="divergence"
      role="alert"
      data-testid="training-diverged"
      data-step={divergence.step}
    >
      <p>
        {divergence.step === 0
          ? t('training.divergedAtStart')
          : t('training.diverged', {
              step: divergence.step,
              last: view.limit,
              eta: formatNumber(eta, 4),
            })}
      </p>
      {divergence.step > 0 && (
        <SuggestionPart suggestion={view.suggestion} onApply={applyEtaFrom} />
      )}
    </div>
  );
}
