import { MAP_MODES } from '../../store/playground/fields';
import { useActions, useAppState } from '../../store/StoreProvider';
import { cx } from '../common/classNames';
import { usePlaygroundT } from './usePlaygroundT';
import { useDriverStatus } from './driverContext';
import { NeuronDiagram } from './NeuronDiagram';
import { CSS_SCALE, DELTA_NEGATIVE, DELTA_POSITIVE } from './colors';
import type { MapMode } from '../../store/playground/fields';

/** What the small maps' colours mean: the activation's scale, or δ's sign and size. */
function MapModeLegend({ mode, shown }: { mode: MapMode; shown: boolean }) {
  const t = usePlaygroundT();
  const dot = (color: string, size: number) => (
    <span
      className="legend-dot"
      style={{ background: color, width: size, height: size }}
      aria-hidden="true"
    />
  );
  return (
    <div
      className="map-legend map-mode-legend"
      data-testid={shown ? 'map-mode-legend' : undefined}
      data-mode={mode}
    >
      {mode === 'activation' ? (
        <>
          <span className="scale-end">−1</span>
          <span className="scale" style={{ background: CSS_SCALE }} aria-hidden="true" />
          <span className="scale-end">+1</span>
        </>
      ) : (
        <>
          {dot(DELTA_POSITIVE, 10)} {t('playground.legend.deltaPositive')}
          {dot(DELTA_NEGATIVE, 10)} {t('playground.legend.deltaNegative')}
          <span className="legend-size">
            {dot('var(--muted)', 6)}
            {dot('var(--muted)', 12)} {t('playground.legend.deltaSize')}
          </span>
        </>
      )}
    </div>
  );
}

/**
 * The network diagram with a map for every neuron, and the switch of what the maps show:
 * each neuron's activation a over the plane, or (δ mode) its δ = ∂Cⁿ/∂z on each training
 * example, drawn where the example lies: which examples push that neuron, and which way.
 * Clicking a neuron explains its gradient below. Hooks: `neuron-map-L-J` (DOM layer
 * numbers: 1 is the first hidden layer), `map-mode` with `data-mode`, and the diagram's
 * (NeuronDiagram, EdgeHits, edgeReadout).
 */
export function NeuronMaps() {
  const t = usePlaygroundT();
  const status = useDriverStatus();
  const mode = useAppState((s) => s.mapMode);
  const { setMapMode } = useActions();
  const layers = status.result?.ok === true ? status.result.layers : null;
  if (layers === null) return null;
  return (
    <div className="playground-panel neuron-maps">
      <div
        className="map-mode"
        role="radiogroup"
        aria-label={t('playground.mapMode')}
        data-testid="map-mode"
        data-mode={mode}
      >
        {MAP_MODES.map((m) => (
          <button
            key={m}
            type="button"
            role="radio"
            aria-checked={mode === m}
            className={cx('tab', mode === m && 'selected')}
            onClick={() => setMapMode(m)}
            data-testid={`map-mode-${m}`}
          >
            {t(`playground.mapMode.${m}`)}
          </button>
        ))}
      </div>
      {/* Both modes' notes take one place, the other's kept invisible: switching modes
          moved the whole diagram up or down by the difference (53 px on a laptop). */}
      <div className="map-mode-notes">
        {MAP_MODES.map((m) => (
          <div
            key={m}
            className="map-mode-note"
            data-shown={m === mode}
            aria-hidden={m === mode ? undefined : true}
          >
            <p className="muted map-mode-hint">{t(`playground.mapModeHint.${m}`)}</p>
            <MapModeLegend mode={m} shown={m === mode} />
          </div>
        ))}
      </div>
      <NeuronDiagram layers={layers} />
    </div>
  );
}
