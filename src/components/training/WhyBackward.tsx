import { memo, useId, useMemo, useState } from 'react';
import {
  backwardDeltas,
  forwardResults,
  naiveCount,
  naiveDeltas,
  neuronNumber,
  type DeltaComputation,
} from '../../engine';
import { formatNumber, subscript, formatCount } from '../../lib/format';
import { useT } from '../common/hooks';
import { NAIVE_LIMIT, OpCountChart } from './OpCountChart';
import type { RunView } from './runStore';
import { TimingPanel } from './TimingPanel';

/**
 * "Why backwards" (lecture, section 3): all ∂C/∂z of the current network at θᵗ, computed
 * from the input side by a naive recursion and backwards by the reverse network, with the
 * multiply-adds each took (counted by the engine) and the largest difference between
 * them; beside it, how both counts grow with depth and width, and a timing in this browser.
 */
export const WhyBackward = memo(function WhyBackward({ view }: { view: RunView }) {
  const t = useT();
  const titleId = useId();
  const [sample, setSample] = useState(0);
  const n = Math.min(sample, view.network.samples.length - 1);
  const layers = view.network.layers;
  const naiveOps = naiveCount(layers);
  const result = useMemo(() => {
    const input = forwardResults(view.theta, n);
    const backward = backwardDeltas(input);
    const naive = naiveOps <= NAIVE_LIMIT ? naiveDeltas(input) : null;
    return { backward, naive };
  }, [view.theta, n, naiveOps]);
  const { backward, naive } = result;
  const neurons = layers.slice(1).reduce((s, k) => s + k, 0);
  const difference =
    naive === null
      ? null
      : Math.max(
          0,
          ...naive.deltas.flatMap((layer, l) =>
            layer.map((d, j) => Math.abs(d - (backward.deltas[l]?.[j] ?? NaN))),
          ),
        );

  return (
    <div className="why-layout">
      <section className="panel why-current" aria-labelledby={titleId}>
        <h2 id={titleId}>{t('why.title')}</h2>
        <p className="why-intro">{t('why.intro', { n: n + 1 })}</p>
        {view.network.samples.length > 1 && (
          <label className="inline-field">
            <span>{t('why.example')}</span>
            <select
              value={n}
              onChange={(e) => setSample(Number(e.target.value))}
              data-testid="why-sample"
            >
              {view.network.samples.map((_, i) => (
                <option key={i} value={i}>
                  {i + 1}
                </option>
              ))}
            </select>
          </label>
        )}
        <div className="why-cards">
          <WayCard
            title={t('why.naive')}
            className="naive"
            result={naive}
            neurons={neurons}
            testId="why-naive"
            tooBig={
              naive === null
                ? t('why.tooBig', {
                    count: formatNumber(naiveOps, 3),
                    limit: formatNumber(NAIVE_LIMIT, 2),
                  })
                : null
            }
          />
          <WayCard
            title={t('why.backward')}
            className="backward"
            result={backward}
            neurons={neurons}
            testId="why-backward"
            tooBig={null}
          />
        </div>
        {difference !== null && (
          <p className="why-same" data-testid="why-difference" data-value={String(difference)}>
            {t('why.same', { diff: formatNumber(difference, 2) })}
          </p>
        )}
        <p className="chart-note formula-note">{t('why.formulaNaive')}</p>
        <p className="chart-note formula-note">{t('why.formulaBackward')}</p>
        <DeltaTable layers={layers} backward={backward} naive={naive} />
      </section>
      <div className="why-side">
        <OpCountChart layers={layers} />
        <TimingPanel />
      </div>
    </div>
  );
});

function WayCard({
  title,
  className,
  result,
  neurons,
  testId,
  tooBig,
}: {
  title: string;
  className: string;
  result: DeltaComputation | null;
  neurons: number;
  testId: string;
  tooBig: string | null;
}) {
  const t = useT();
  return (
    <div className={`way-card ${className}`} data-testid={testId} data-ops={result?.multiplyAdds}>
      <h3>{title}</h3>
      {result === null ? (
        <p className="field-error">{tooBig}</p>
      ) : (
        <>
          <p className="big-number">{t('why.count', { ops: formatCount(result.multiplyAdds) })}</p>
          <p className="muted">
            {t('why.evaluations', { count: formatCount(result.evaluations), neurons })}
          </p>
        </>
      )}
    </div>
  );
}

/** Every ∂C/∂z both ways, neuron by neuron, in the lecture's numbering. */
function DeltaTable({
  layers,
  backward,
  naive,
}: {
  layers: readonly number[];
  backward: DeltaComputation;
  naive: DeltaComputation | null;
}) {
  const t = useT();
  return (
    <div className="table-scroll delta-table" tabIndex={0}>
      <table className="numbers">
        <thead>
          <tr>
            <th scope="col" />
            <th scope="col">{t('why.legendNaive')}</th>
            <th scope="col">{t('why.legendBackward')}</th>
          </tr>
        </thead>
        <tbody>
          {backward.deltas.flatMap((layer, l) =>
            layer.map((d, j) => {
              const number = neuronNumber(layers, l + 1, j);
              const other = naive?.deltas[l]?.[j];
              return (
                <tr
                  key={number}
                  data-testid={`why-delta-${l + 1}-${j}`}
                  data-naive={other === undefined ? undefined : String(other)}
                  data-backward={String(d)}
                >
                  <th scope="row">{`∂C/∂z${subscript(number)}`}</th>
                  <td>{other === undefined ? '—' : formatNumber(other, 6)}</td>
                  <td>{formatNumber(d, 6)}</td>
                </tr>
              );
            }),
          )}
        </tbody>
      </table>
    </div>
  );
}
