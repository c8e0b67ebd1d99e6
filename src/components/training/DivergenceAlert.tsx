import { formatNumber } from '../../lib/format';
import { setLearningRate } from '../../store/networkEdits';
import { useActions } from '../../store/StoreProvider';
import { useT } from '../common/hooks';
import type { RunView } from './runStore';

/**
 * Says that training stopped because a step went to NaN or infinity — which step, that θ
 * is the last finite one — and offers a learning rate ten times smaller. Shown while the
 * run stands at that last finite iteration.
 */
export function DivergenceAlert({ view }: { view: RunView }) {
  const t = useT();
  const { editNetwork } = useActions();
  const divergence = view.divergence;
  if (divergence === null || view.iteration !== view.limit) return null;
  const eta = view.network.learningRate;
  const smaller = Number((eta / 10).toPrecision(3));
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
        <button
          type="button"
          onClick={() => editNetwork(setLearningRate(view.network, smaller))}
          data-testid="training-smaller-eta"
        >
          {t('training.tryEta', { eta: formatNumber(smaller, 3) })}
        </button>
      )}
    </div>
  );
}
