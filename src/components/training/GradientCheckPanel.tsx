import { memo, useId, useMemo, useState } from 'react';
import { gradientCheck, paramRefs } from '../../engine';
import { formatNumber } from '../../lib/format';
import { cx } from '../common/classNames';
import { useT } from '../common/hooks';
import { paramText } from './paramText';
import type { RunView } from './runStore';

/** A relative error above this is flagged (unless both gradients are tiny). */
const LARGE_ERROR = 1e-4;

/**
 * Above this many multiply-adds (two losses per parameter, each about 3·N·P), the check
 * waits for a click instead of running by itself: seconds of work for a big network.
 */
const AUTO_CHECK_LIMIT = 3e8;

/** About how many multiply-adds checking every parameter takes. */
function checkCost(layers: readonly number[], samples: number): number {
  const params = layers.slice(1).reduce((s, n, l) => s + n * ((layers[l] ?? 0) + 1), 0);
  return 6 * samples * params * params;
}

/**
 * Every parameter's backprop gradient at θᵗ beside its central-difference estimate and
 * their relative error (the engine's gradientCheck). Where both are below TINY the
 * relative error is rounding noise, and the row says so instead of raising an alarm.
 */
export const GradientCheckPanel = memo(function GradientCheckPanel({ view }: { view: RunView }) {
  const t = useT();
  const titleId = useId();
  const layers = view.network.layers;
  const cost = checkCost(layers, view.network.samples.length);
  // For a big network: the θ the user asked to check (a click), else nothing.
  const [asked, setAsked] = useState<RunView['theta'] | null>(null);
  const checked = cost <= AUTO_CHECK_LIMIT || asked === view.theta ? view.theta : null;
  const entries = useMemo(() => (checked === null ? [] : gradientCheck(checked)), [checked]);
  const names = useMemo(() => {
    const byId = new Map<string, string>();
    for (const ref of paramRefs(layers))
      byId.set(`${ref.kind}:${ref.layer}:${ref.j}:${ref.k}`, paramText(layers, ref));
    return byId;
  }, [layers]);
  const tinyCount = entries.filter((e) => e.tiny).length;
  const worst = entries.filter((e) => !e.tiny).reduce((m, e) => Math.max(m, e.relativeError), 0);

  return (
    <section className="panel gradient-check" aria-labelledby={titleId}>
      <h2 id={titleId}>{t('check.title')}</h2>
      <p>{t('check.intro', { t: view.iteration })}</p>
      {checked === null && (
        <p className="check-large">
          {t('check.big', { ops: formatNumber(cost, 2) })}{' '}
          <button type="button" onClick={() => setAsked(view.theta)} data-testid="check-run">
            {t('check.run')}
          </button>
        </p>
      )}
      {checked !== null && (
        <>
          <p className="check-summary" data-testid="check-summary" data-max-error={String(worst)}>
            {t('check.summary', {
              max: formatNumber(worst, 2),
              count: entries.length,
              tiny: tinyCount,
            })}
          </p>
          <div className="table-scroll check-scroll" tabIndex={0} aria-labelledby={titleId}>
            <table className="numbers">
              <thead>
                <tr>
                  <th scope="col">{t('training.param')}</th>
                  <th scope="col">{t('check.col.backprop')}</th>
                  <th scope="col">{t('check.col.numeric')}</th>
                  <th scope="col">{t('check.col.error')}</th>
                </tr>
              </thead>
              <tbody>
                {entries.map((e) => {
                  // gradientCheck numbers a bias by its neuron's layer; paramRefs by the weight layer.
                  const layer = e.param === 'w' ? e.layer : e.layer - 1;
                  const key = `${e.param}:${layer}:${e.j}:${e.k}`;
                  const large = !e.tiny && e.relativeError > LARGE_ERROR;
                  return (
                    <tr
                      key={key}
                      className={cx(e.tiny && 'tiny', large && 'large')}
                      data-testid={`check-${key.replaceAll(':', '-')}`}
                      data-backprop={String(e.backprop)}
                      data-numeric={String(e.numeric)}
                      data-error={String(e.relativeError)}
                      data-tiny={String(e.tiny)}
                    >
                      <th scope="row">{names.get(key) ?? key}</th>
                      <td>{formatNumber(e.backprop, 6)}</td>
                      <td>{formatNumber(e.numeric, 6)}</td>
                      <td>
                        {formatNumber(e.relativeError, 2)}
                        {e.tiny && <span className="note"> · {t('check.tiny')}</span>}
                        {large && <span className="note warn"> · {t('check.large')}</span>}
                      </td>
                    </tr>
                  );
                })}
              </tbody>
            </table>
          </div>
        </>
      )}
    </section>
  );
});
