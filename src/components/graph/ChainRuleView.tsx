import { useMemo, useState } from 'react';
import type { GraphAnalysis, GraphScenario } from '../../engine';
import { formatNumber } from '../../lib/format';
import { cx } from '../common/classNames';
import { useT } from '../common/hooks';
import { chainDerivative, nudge, NUDGES, type ChainShape } from './chainRule';

/** Slider positions: Δ = 10^k for k from −4 to 0 in quarter decades. */
const MIN_EXPONENT = -4;
const fmt = (v: number) => formatNumber(v, 4);

/**
 * The lecture's chain rule, played: a slider nudges the input, the view shows how much
 * each quantity along the path(s) moves (computed by evaluating the graph at the nudged
 * input), the chain rule at the current numbers, and a table in which Δz/Δx converges to
 * it as the nudge shrinks. The nudge is a local view setting, not part of the scene.
 */
export function ChainRuleView({
  shape,
  scenario,
  analysis,
}: {
  shape: ChainShape;
  scenario: GraphScenario;
  analysis: GraphAnalysis;
}) {
  const t = useT();
  const [exponent, setExponent] = useState(-1);
  const delta = 10 ** exponent;
  const result = useMemo(() => nudge(scenario, shape, delta), [scenario, shape, delta]);
  const rows = useMemo(() => NUDGES.map((d) => nudge(scenario, shape, d)), [scenario, shape]);
  const chain = chainDerivative(analysis, shape);
  const name = shape.input;
  const d = (id: string) => result.change[id] ?? NaN;
  const closest = NUDGES.reduce(
    (best, n, i) =>
      Math.abs(Math.log10(n) - exponent) < Math.abs(Math.log10(NUDGES[best] ?? 1) - exponent)
        ? i
        : best,
    0,
  );

  return (
    <section className="panel chain-view" aria-labelledby="chain-title" data-testid="chain-view">
      <h2 id="chain-title">{t(shape.case === 1 ? 'graph.chain.title1' : 'graph.chain.title2')}</h2>
      <p className="chain-intro">
        {t(shape.case === 1 ? 'graph.chain.intro1' : 'graph.chain.intro2')}
      </p>
      <label className="nudge-control">
        <span>{t('graph.chain.nudge', { name })}</span>
        <input
          type="range"
          min={MIN_EXPONENT}
          max={0}
          step={0.25}
          value={exponent}
          aria-label={t('graph.chain.nudgeAria', { name })}
          aria-valuetext={`Δ${name} = ${fmt(delta)}`}
          onChange={(e) => setExponent(Number(e.target.value))}
        />
        <output className="nudge-value">
          Δ{name} = {fmt(delta)}
        </output>
      </label>
      {shape.case === 1 ? (
        <p className="nudge-path" data-testid="nudge-path">
          <span className="term">
            Δ{name} = {fmt(delta)}
          </span>{' '}
          → <span className="term">Δy = {fmt(d(shape.y))}</span> →{' '}
          <span className="term">Δz = {fmt(d(shape.z))}</span>
        </p>
      ) : (
        <p className="nudge-path" data-testid="nudge-path">
          <span className="term">
            Δ{name} = {fmt(delta)}
          </span>{' '}
          → <span className="term">Δx = {fmt(d(shape.x))}</span>,{' '}
          <span className="term">Δy = {fmt(d(shape.y))}</span> →{' '}
          <span className="term">Δz = {fmt(d(shape.z))}</span>
        </p>
      )}
      <h3>{t('graph.chain.derivative')}</h3>
      {chain.case === 1 ? (
        <p className="chain-formula">
          dz/dx = dz/dy · dy/dx = {fmt(chain.dzdy)} × {fmt(chain.dydx)} ={' '}
          <strong>{fmt(chain.total)}</strong>
        </p>
      ) : (
        <p className="chain-formula">
          dz/ds = ∂z/∂x · dx/ds + ∂z/∂y · dy/ds = {fmt(chain.dzdx)} × {fmt(chain.dxds)} +{' '}
          {fmt(chain.dzdy)} × {fmt(chain.dyds)} = <strong>{fmt(chain.total)}</strong>
        </p>
      )}
      {chain.case === 1 ? (
        <p className="chain-ratio">
          Δy/Δx = {fmt(d(shape.y) / delta)} ≈ dy/dx = {fmt(chain.dydx)}; Δz/Δy ={' '}
          {fmt(d(shape.z) / d(shape.y))} ≈ dz/dy = {fmt(chain.dzdy)}
        </p>
      ) : (
        <p className="chain-ratio">
          ∂z/∂x · Δx + ∂z/∂y · Δy = {fmt(chain.dzdx * d(shape.x) + chain.dzdy * d(shape.y))} ≈ Δz ={' '}
          {fmt(d(shape.z))}
        </p>
      )}
      <p className="chain-ratio">
        {t('graph.chain.ratio', { name })} = <strong>{fmt(result.ratio)}</strong> ≈{' '}
        {fmt(chain.total)}
      </p>
      <table className="nudge-table">
        <caption>{t('graph.chain.tableCaption')}</caption>
        <thead>
          <tr>
            <th scope="col">Δ{name}</th>
            <th scope="col">Δz</th>
            <th scope="col">{t('graph.chain.ratio', { name })}</th>
            <th scope="col">{t('graph.chain.error')}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row, i) => (
            <tr key={row.delta} className={cx(i === closest && 'current')}>
              <td>{fmt(row.delta)}</td>
              <td>{fmt(row.change[shape.z] ?? NaN)}</td>
              <td>{formatNumber(row.ratio, 6)}</td>
              <td>{formatNumber(row.ratio - chain.total, 2)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <p className="muted">
        {t('graph.chain.converges', { name, exact: formatNumber(chain.total, 6) })}
      </p>
    </section>
  );
}
