import { useId, useState } from 'react';
import {
  backwardCountUniform,
  backwardDeltas,
  forwardResults,
  naiveCountUniform,
  naiveDeltas,
  uniformNetwork,
} from '../../engine';
import { formatNumber, formatCount } from '../../lib/format';
import { useT } from '../common/hooks';
import { MAX_DEPTH, NAIVE_LIMIT } from './OpCountChart';

/** Repeats `run` for at least `minMs` and returns the milliseconds one run takes. */
function timeIt(run: () => void, minMs = 25): number {
  let runs = 0;
  const start = performance.now();
  let now: number;
  do {
    run();
    runs++;
    now = performance.now();
  } while (now - start < minMs);
  return (now - start) / runs;
}

type Timing =
  | {
      readonly kind: 'timed';
      readonly naiveMs: number;
      readonly backwardMs: number;
      readonly naiveOps: number;
      readonly backwardOps: number;
    }
  | { readonly kind: 'refused'; readonly naiveOps: number };

const WIDTH_CHOICES = Array.from({ length: 16 }, (_, i) => i + 1);
const DEPTH_CHOICES = Array.from({ length: MAX_DEPTH }, (_, i) => i + 1);

/**
 * Times both ways on a network of L layers of width n in this browser. Sizes whose naive
 * count (known in advance from the closed form) exceeds the limit are refused, so the
 * page cannot freeze.
 */
export function TimingPanel() {
  const t = useT();
  const titleId = useId();
  const [width, setWidth] = useState(4);
  const [depth, setDepth] = useState(6);
  const [timing, setTiming] = useState<Timing | null>(null);
  const naiveOps = naiveCountUniform(width, depth);

  const run = () => {
    if (naiveOps > NAIVE_LIMIT) {
      setTiming({ kind: 'refused', naiveOps });
      return;
    }
    const input = forwardResults(uniformNetwork(width, depth));
    setTiming({
      kind: 'timed',
      naiveMs: timeIt(() => naiveDeltas(input)),
      backwardMs: timeIt(() => backwardDeltas(input)),
      naiveOps,
      backwardOps: backwardCountUniform(width, depth),
    });
  };

  return (
    <section className="panel timing" aria-labelledby={titleId}>
      <h2 id={titleId}>{t('why.time')}</h2>
      <div className="timing-form">
        <label className="inline-field">
          <span>{t('why.pickWidth')}</span>
          <select
            value={width}
            onChange={(e) => setWidth(Number(e.target.value))}
            data-testid="timing-width"
          >
            {WIDTH_CHOICES.map((n) => (
              <option key={n} value={n}>
                {n}
              </option>
            ))}
          </select>
        </label>
        <label className="inline-field">
          <span>{t('why.pickDepth')}</span>
          <select
            value={depth}
            onChange={(e) => setDepth(Number(e.target.value))}
            data-testid="timing-depth"
          >
            {DEPTH_CHOICES.map((n) => (
              <option key={n} value={n}>
                {n}
              </option>
            ))}
          </select>
        </label>
        <button type="button" className="primary" onClick={run} data-testid="timing-run">
          {t('why.run')}
        </button>
      </div>
      {timing === null ? (
        <p className="muted">{t('why.notTimed')}</p>
      ) : timing.kind === 'refused' ? (
        <p className="field-error" role="alert" data-testid="timing-refused">
          {t('why.tooBig', {
            count: formatNumber(timing.naiveOps, 3),
            limit: formatNumber(NAIVE_LIMIT, 2),
          })}
        </p>
      ) : (
        <dl
          className="timing-result"
          data-testid="timing-result"
          data-naive-ms={timing.naiveMs}
          data-backward-ms={timing.backwardMs}
        >
          <div>
            <dt>{t('why.legendNaive')}</dt>
            <dd>
              {t('why.timed', {
                ops: formatCount(timing.naiveOps),
                ms: formatNumber(timing.naiveMs, 3),
              })}
            </dd>
          </div>
          <div>
            <dt>{t('why.legendBackward')}</dt>
            <dd>
              {t('why.timed', {
                ops: formatCount(timing.backwardOps),
                ms: formatNumber(timing.backwardMs, 3),
              })}
            </dd>
          </div>
          <p>{t('why.speedup', { factor: formatNumber(timing.naiveMs / timing.backwardMs, 3) })}</p>
        </dl>
      )}
    </section>
  );
}
