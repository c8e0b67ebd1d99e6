import { useState } from 'react';
import {
  ACTIVATIONS,
  LECTURE_SCENARIO,
  LOSSES,
  MAX_SEED,
  groupDigits,
  readTypedNumber,
} from '../../engine';
import { readLearningRate } from '../../i18n/issues/fields';
import {
  addHiddenLayer,
  EDITOR_LIMITS,
  reinitialise,
  removeHiddenLayer,
  setActivation,
  setLayerSize,
  setLearningRate,
  setLoss,
} from '../../store/networkEdits';
import { useActions, useAppState } from '../../store/StoreProvider';
import { useT } from '../common/hooks';
import { MessageText } from '../common/MessageText';

/**
 * The network's shape and training settings: layer sizes (up to 8 hidden layers of 16),
 * activation per layer, loss, η, re-initialising from a seed, and the lecture's example.
 * Every change is one undoable edit.
 */
export function NetworkSettings() {
  const t = useT();
  const network = useAppState((s) => s.network);
  const { editNetwork } = useActions();
  const [eta, setEta] = useState<string | null>(null);
  const [seed, setSeed] = useState(String(network.seed ?? 1));
  const [etaError, setEtaError] = useState<string | null>(null);
  const [seedError, setSeedError] = useState(false);
  const last = network.layers.length - 1;
  const hidden = last - 1;

  const layerName = (l: number) =>
    l === 0
      ? t('settings.inputLayer')
      : l === last
        ? t('settings.outputLayer')
        : t('settings.hiddenLayer', { index: l });
  const commitEta = () => {
    if (eta === null) return;
    const read = readLearningRate(t, eta, network.learningRate);
    if (!read.ok) {
      setEtaError(read.message);
      return;
    }
    setEtaError(null);
    setEta(null);
    editNetwork(setLearningRate(network, read.value));
  };
  const reseed = () => {
    const read = readTypedNumber(seed);
    const value = read.ok ? read.value : NaN;
    if (!Number.isSafeInteger(value) || value < 0 || value > MAX_SEED) {
      setSeedError(true);
      return;
    }
    setSeedError(false);
    editNetwork(reinitialise(network, value));
  };

  return (
    <details className="panel settings" data-testid="network-settings">
      <summary>{t('settings.title')}</summary>
      <table className="layers">
        <thead>
          <tr>
            <th scope="col">{t('settings.layer')}</th>
            <th scope="col">{t('settings.neurons')}</th>
            <th scope="col">{t('settings.activation')}</th>
            <th scope="col">
              <span className="visually-hidden">{t('settings.remove')}</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {network.layers.map((n, l) => (
            <tr key={l}>
              <th scope="row">{layerName(l)}</th>
              <td className="stepper-cell">
                <button
                  type="button"
                  onClick={() => editNetwork(setLayerSize(network, l, n - 1))}
                  disabled={n <= 1}
                  aria-label={t('settings.fewer', { layer: layerName(l) })}
                >
                  −
                </button>
                <output aria-live="polite">{n}</output>
                <button
                  type="button"
                  onClick={() => editNetwork(setLayerSize(network, l, n + 1))}
                  disabled={n >= EDITOR_LIMITS.neurons}
                  aria-label={t('settings.more', { layer: layerName(l) })}
                >
                  +
                </button>
              </td>
              <td>
                {l > 0 && (
                  <select
                    aria-label={t('settings.activationOf', { layer: layerName(l) })}
                    value={network.activation[l - 1]}
                    onChange={(e) => {
                      const next = choiceOf(ACTIVATIONS, e.target.value);
                      if (next !== undefined) editNetwork(setActivation(network, l, next));
                    }}
                    disabled={
                      l === last && (network.loss === 'softmax-ce' || network.loss === 'bce')
                    }
                  >
                    {ACTIVATIONS.map((a) => (
                      <option key={a} value={a}>
                        {t(`activation.${a}`)}
                      </option>
                    ))}
                  </select>
                )}
              </td>
              <td>
                {l > 0 && l < last && (
                  <button
                    type="button"
                    onClick={() => editNetwork(removeHiddenLayer(network, l))}
                    aria-label={t('settings.removeLayer', { layer: layerName(l) })}
                  >
                    ✕
                  </button>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <button
        type="button"
        onClick={() => editNetwork(addHiddenLayer(network))}
        disabled={hidden >= EDITOR_LIMITS.hiddenLayers}
      >
        {t('settings.addLayer')}
      </button>
      <div className="settings-grid">
        <label>
          <span>{t('settings.loss')}</span>
          <select
            value={network.loss}
            onChange={(e) => {
              const next = choiceOf(LOSSES, e.target.value);
              if (next !== undefined) editNetwork(setLoss(network, next));
            }}
          >
            {LOSSES.map((loss) => (
              <option key={loss} value={loss}>
                {t(`loss.${loss}`)}
              </option>
            ))}
          </select>
        </label>
        <label>
          <span>{t('settings.learningRate')}</span>
          <input
            type="text"
            inputMode="decimal"
            value={eta ?? String(network.learningRate)}
            aria-invalid={etaError !== null}
            onChange={(e) => setEta(e.target.value)}
            onBlur={commitEta}
            onKeyDown={(e) => e.key === 'Enter' && commitEta()}
          />
        </label>
        {etaError !== null && (
          <p className="field-error" role="alert">
            <MessageText text={etaError} />
          </p>
        )}
        <label>
          <span>{t('settings.seed')}</span>
          <input
            type="text"
            inputMode="numeric"
            value={seed}
            aria-invalid={seedError}
            onChange={(e) => setSeed(e.target.value)}
            onKeyDown={(e) => e.key === 'Enter' && reseed()}
          />
        </label>
        <button type="button" onClick={reseed}>
          {t('settings.reinitialise')}
        </button>
        {seedError && (
          <p className="field-error" role="alert">
            {t('settings.seedError', { limit: groupDigits(MAX_SEED) })}
          </p>
        )}
      </div>
      <button
        type="button"
        onClick={() => editNetwork(LECTURE_SCENARIO)}
        data-testid="reset-lecture"
      >
        {t('settings.reset')}
      </button>
    </details>
  );
}

/** The option of `choices` that `value` names: a select's value read back as its union. */
function choiceOf<T extends string>(choices: readonly T[], value: string): T | undefined {
  return choices.find((choice) => choice === value);
}
