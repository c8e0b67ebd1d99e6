import { useMemo } from 'react';
import { updateRows } from '../../engine';
import { formatNumber } from '../../lib/format';
import { useT } from '../common/hooks';
import { paramText } from './paramText';
import type { RunView } from './runStore';

/**
 * Presenter mode's caption for gradient descent: the iteration and the loss, the update rule
 * θᵗ⁺¹ = θᵗ − η∇L(θᵗ) with this step's η and ‖∇L‖, and the parameter it moves most, worked
 * out with its numbers. It stays at the bottom of the screen (training.css).
 */
export function TrainingCaption({ view }: { view: RunView }) {
  const t = useT();
  const rows = useMemo(() => updateRows(view.theta, view.gradient), [view.theta, view.gradient]);
  const eta = formatNumber(view.network.learningRate, 4);
  const norm = Math.sqrt(rows.reduce((sum, row) => sum + row.gradient * row.gradient, 0));
  const largest = rows.reduce<(typeof rows)[number] | undefined>(
    (best, row) => (Math.abs(row.change) > Math.abs(best?.change ?? 0) ? row : best),
    undefined,
  );
  return (
    <section
      className="training-caption"
      data-testid="caption-bar"
      aria-label={t('stepCard.label')}
    >
      <p className="caption-position">
        <strong>{t('caption.training.iteration', { t: view.iteration })}</strong>
        <strong>{t('caption.training.loss', { loss: formatNumber(view.loss, 6) })}</strong>
      </p>
      <p className="caption-rule">
        {t('caption.training.rule', { eta, norm: formatNumber(norm, 4) })}
      </p>
      <p className="caption-rule">
        {largest === undefined
          ? t('caption.training.none')
          : t('caption.training.largest', {
              param: paramText(view.network.layers, largest.ref),
              value: formatNumber(largest.value, 6),
              eta,
              grad: formatNumber(largest.gradient, 4),
              next: formatNumber(largest.next, 6),
            })}
      </p>
    </section>
  );
}
