import { memo, useId, useMemo } from 'react';
import { updateRows } from '../../engine';
import { formatFull, formatNumber } from '../../lib/format';
import { useT } from '../common/hooks';
import { paramText } from './paramText';
import type { RunView } from './runStore';

/** Six significant digits: enough to check the hand-worked examples (w5 → 0.358916). */
const DIGITS = 6;

/**
 * The next step θᵗ⁺¹ = θᵗ − η∇L(θᵗ) parameter by parameter: the old value, the change
 * −η·∂L/∂θ and the new value. Scrolls for big networks; each row carries its numbers in
 * full precision as data attributes (and in a tooltip).
 */
export const StepTable = memo(function StepTable({ view }: { view: RunView }) {
  const t = useT();
  const titleId = useId();
  const rows = useMemo(() => updateRows(view.theta, view.gradient), [view.theta, view.gradient]);
  const layers = view.network.layers;
  return (
    <section className="panel step-table" aria-labelledby={titleId}>
      <h2 id={titleId}>{t('training.stepTable')}</h2>
      <p className="chart-note formula-note">
        {t('training.stepFormula', { eta: formatNumber(view.network.learningRate, 4) })}
      </p>
      <div className="table-scroll" tabIndex={0} aria-labelledby={titleId}>
        <table className="numbers">
          <thead>
            <tr>
              <th scope="col">{t('training.param')}</th>
              <th scope="col">{t('training.col.value')}</th>
              <th scope="col">{t('training.col.change')}</th>
              <th scope="col">{t('training.col.next')}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr
                key={row.ref.id}
                data-testid={`update-${row.ref.id}`}
                data-value={String(row.value)}
                data-change={String(row.change)}
                data-next={String(row.next)}
              >
                <th scope="row">{paramText(layers, row.ref)}</th>
                <td title={formatFull(row.value)}>{formatNumber(row.value, DIGITS)}</td>
                <td
                  title={formatFull(row.change)}
                  className={row.change < 0 ? 'down' : row.change > 0 ? 'up' : undefined}
                >
                  {row.change > 0 ? '+' : ''}
                  {formatNumber(row.change, 4)}
                </td>
                <td title={formatFull(row.next)}>{formatNumber(row.next, DIGITS)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
});
