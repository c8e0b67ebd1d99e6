import { useCallback, useMemo, useRef } from 'react';
import { mappedNeurons } from '../../engine';
import { MAP_MODES } from '../../store/playground/fields';
import { useActions, useAppState, useDerived } from '../../store/StoreProvider';
import type { PlaygroundFrame } from '../../workers/playgroundProtocol';
import { cx } from '../common/classNames';
import { useT } from '../common/hooks';
import { colorTable } from './colors';
import { useDriverStatus, useFrameSink } from './driverContext';
import { paintNeuron } from './deltaPainter';
import { MapPainter } from './mapPainter';
import { useSelectedNeuron } from './selectedNeuron';

/** Thumbnail pixels per side. */
const THUMB = 96;

/**
 * A map for every hidden and output neuron, layer by layer: its activation a over the
 * plane, or (δ mode) its δ = ∂Cⁿ/∂z on each training example, drawn where the example
 * lies: which examples push that neuron, and which way. Clicking one explains its
 * gradient below. Hooks: `neuron-map-L-J` (DOM layer numbers: 1 is the first hidden
 * layer), `map-mode` with `data-mode`.
 */
export function NeuronMaps() {
  const t = useT();
  const status = useDriverStatus();
  const mode = useAppState((s) => s.mapMode);
  const { setMapMode } = useActions();
  const points = useDerived((select, s) => select.playground.points(s));
  const { neuron: selected, select } = useSelectedNeuron();
  const layers = status.result?.ok === true ? status.result.layers : null;
  const neurons = useMemo(() => (layers === null ? [] : mappedNeurons(layers)), [layers]);
  const table = useMemo(() => colorTable(), []);
  const painters = useRef<MapPainter[]>([]);
  const canvases = useRef<(HTMLCanvasElement | null)[]>([]);

  const draw = useCallback(
    (frame: PlaygroundFrame) => {
      for (let m = 0; m < neurons.length; m++) {
        const ctx = canvases.current[m]?.getContext('2d');
        if (ctx === null || ctx === undefined) continue;
        const painter = (painters.current[m] ??= new MapPainter(table));
        if (!paintNeuron(ctx, painter, frame, m, mode, points.train)) return;
      }
    },
    [neurons, table, mode, points],
  );
  useFrameSink(draw);

  if (layers === null) return null;
  const byLayer = layers.slice(1).map((_, l) => neurons.filter((n) => n.layer === l + 1));
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
      <div className="neuron-layers">
        {byLayer.map((list, l) => (
          <div key={l} className="neuron-layer">
            <span className="layer-name">
              {l + 2 === layers.length
                ? t('playground.outputLayer')
                : t('playground.hiddenLayer', { layer: l + 1 })}
            </span>
            {list.map((n) => {
              const m = neurons.indexOf(n);
              const isSelected = selected?.layer === n.layer && selected.index === n.index;
              return (
                <button
                  key={n.index}
                  type="button"
                  className={cx('neuron-map', isSelected && 'selected')}
                  aria-pressed={isSelected}
                  aria-label={t('playground.neuronAria', { layer: n.layer, j: n.index + 1 })}
                  onClick={() => select(isSelected ? null : n)}
                  data-testid={`neuron-map-${n.layer}-${n.index}`}
                >
                  <canvas
                    ref={(el) => {
                      canvases.current[m] = el;
                    }}
                    width={THUMB}
                    height={THUMB}
                  />
                </button>
              );
            })}
          </div>
        ))}
      </div>
    </div>
  );
}
