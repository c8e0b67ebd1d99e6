import { useActions, useAppState } from '../../store/StoreProvider';
import { CSS_SCALE } from './colors';
import { usePlaygroundT } from './usePlaygroundT';

/**
 * The decision map's legend and options: its colour scale, "Show test data" and
 * "Discretize output", as the Playground has them under its output. Hooks: `show-test`,
 * `discretize`.
 */
export function OutputLegend() {
  const t = usePlaygroundT();
  // In the store, so that a link keeps them (TensorFlow Playground's showTestData).
  const showTest = useAppState((s) => s.showTestData);
  const discretize = useAppState((s) => s.discretize);
  const { setShowTestData, setDiscretize } = useActions();
  return (
    <div className="map-legend output-legend">
      {/* The colour scale, continuous as the map is (two swatches read as two values only). */}
      <span className="scale-end">−1</span>
      <span className="scale" style={{ background: CSS_SCALE }} aria-hidden="true" />
      <span className="scale-end">+1</span>
      <label>
        <input
          type="checkbox"
          checked={showTest}
          onChange={(e) => setShowTestData(e.target.checked)}
          data-testid="show-test"
        />
        {t('playground.showTest')}
      </label>
      <label>
        <input
          type="checkbox"
          checked={discretize}
          onChange={(e) => setDiscretize(e.target.checked)}
          data-testid="discretize"
        />
        {t('playground.discretize')}
      </label>
    </div>
  );
}
