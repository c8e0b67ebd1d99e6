import { MAP_MODES } from '../../store/playground/fields';
import { useActions, useAppState } from '../../store/StoreProvider';
import { cx } from '../common/classNames';
import { usePlaygroundT } from './usePlaygroundT';
import { useDriverStatus } from './driverContext';
import { NeuronDiagram } from './NeuronDiagram';

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
      <p className="muted map-mode-hint">{t(`playground.mapModeHint.${mode}`)}</p>
      <NeuronDiagram layers={layers} />
    </div>
  );
}
