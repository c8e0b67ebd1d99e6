import { FEATURE_IDS, type FeatureId } from '../../engine';
import { PLAYGROUND_ACTIVATIONS } from '../../store/playground/fields';
import { useActions, useAppState } from '../../store/StoreProvider';
import { PLAYGROUND_LIMITS } from '../../workers/playgroundProtocol';
import { usePlaygroundT } from './usePlaygroundT';
import { FEATURE_LABELS } from './featureLabels';
import { FeatureSwatch } from './FeatureSwatch';

/**
 * The network: which features feed it, its hidden layers (add or remove a layer, a
 * neuron more or less in each), and the hidden layers' activation. Each change starts a
 * new run from θ⁰.
 */
export function NetworkControls() {
  const t = usePlaygroundT();
  const features = useAppState((s) => s.features);
  const hidden = useAppState((s) => s.hiddenLayers);
  const activation = useAppState((s) => s.dataActivation);
  const { setFeatures, setHiddenLayers, setDataActivation } = useActions();
  const toggle = (id: FeatureId) =>
    setFeatures(features.includes(id) ? features.filter((f) => f !== id) : [...features, id]);
  const resize = (layer: number, by: number) =>
    setHiddenLayers(hidden.map((n, i) => (i === layer ? n + by : n)));
  return (
    <div className="playground-panel" data-testid="playground-network">
      <h3>{t('playground.features')}</h3>
      <div className="feature-list" role="group" aria-label={t('playground.features')}>
        {FEATURE_IDS.map((id) => (
          <label key={id} className="feature">
            <input
              type="checkbox"
              checked={features.includes(id)}
              onChange={() => toggle(id)}
              data-testid={`feature-${id}`}
            />
            <FeatureSwatch feature={id} />
            <span>{FEATURE_LABELS[id]}</span>
          </label>
        ))}
      </div>
      <h3>
        {t('playground.hidden', { layers: hidden.length })}{' '}
        <button
          type="button"
          className="small"
          onClick={() => setHiddenLayers([...hidden, 2])}
          disabled={hidden.length >= PLAYGROUND_LIMITS.maxHiddenLayers}
          aria-label={t('playground.addLayer')}
          data-testid="add-layer"
        >
          +
        </button>
        <button
          type="button"
          className="small"
          onClick={() => setHiddenLayers(hidden.slice(0, -1))}
          disabled={hidden.length === 0}
          aria-label={t('playground.removeLayer')}
          data-testid="remove-layer"
        >
          −
        </button>
      </h3>
      <ol className="layer-list" data-testid="hidden-layers" data-layers={hidden.join(',')}>
        {hidden.map((n, i) => (
          <li key={i}>
            <span>{t('playground.layerNeurons', { layer: i + 1, n })}</span>
            <button
              type="button"
              className="small"
              onClick={() => resize(i, 1)}
              disabled={n >= PLAYGROUND_LIMITS.maxNeurons}
              aria-label={t('playground.addNeuron', { layer: i + 1 })}
              data-testid={`add-neuron-${i + 1}`}
            >
              +
            </button>
            <button
              type="button"
              className="small"
              onClick={() => resize(i, -1)}
              disabled={n <= 1}
              aria-label={t('playground.removeNeuron', { layer: i + 1 })}
              data-testid={`remove-neuron-${i + 1}`}
            >
              −
            </button>
          </li>
        ))}
      </ol>
      <label className="select-row">
        <span>{t('playground.activation')}</span>
        <select
          value={activation}
          onChange={(e) => {
            const picked = PLAYGROUND_ACTIVATIONS.find((a) => a === e.target.value);
            if (picked !== undefined) setDataActivation(picked);
          }}
          data-testid="playground-activation"
        >
          {PLAYGROUND_ACTIVATIONS.map((a) => (
            <option key={a} value={a}>
              {t(`playground.activation.${a}`)}
            </option>
          ))}
        </select>
      </label>
    </div>
  );
}
