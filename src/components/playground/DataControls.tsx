import { DATASET_NAMES, NOISE_RANGE, SPLIT_RANGE } from '../../engine';
import { useActions, useAppState, useAppStoreApi } from '../../store/StoreProvider';
import { cx } from '../common/classNames';
import { usePlaygroundT } from './usePlaygroundT';
import { DataFile } from './DataFile';
import { useOwnData } from './ownDataContext';

const SOURCES = [...DATASET_NAMES, 'own'] as const;

/**
 * The data: one of TensorFlow Playground's sets (four classifications, two regressions)
 * or the user's own points, the noise of a generated set, the share used for training,
 * and the seed of the points and of θ⁰; CSV import and export. Every change starts a new
 * run from θ⁰ (the settings in force are kept).
 */
export function DataControls() {
  const t = usePlaygroundT();
  const source = useAppState((s) => s.trainingData.source);
  const noise = useAppState((s) => s.noise);
  const split = useAppState((s) => s.split);
  const seed = useAppState((s) => s.dataSeed);
  const { setDataSource, setNoise, setSplit, setDataSeed } = useActions();
  const own = source === 'own';
  const { setTools } = useOwnData();
  const { store, select } = useAppStoreApi();
  // Own points that are a regression (copied from one) get new points with a value.
  const pick = (name: (typeof SOURCES)[number]) => {
    setDataSource(name);
    if (name === 'own' && select.playground.problem(store.getState()) === 'regression')
      setTools({ label: 'value' });
  };
  return (
    <div className="playground-panel" data-testid="playground-data">
      <h3>{t('playground.data')}</h3>
      <div
        className="dataset-picker"
        role="radiogroup"
        aria-label={t('playground.dataset')}
        data-testid="dataset-picker"
        data-dataset={source}
      >
        {SOURCES.map((name) => (
          <button
            key={name}
            type="button"
            role="radio"
            aria-checked={source === name}
            className={cx('dataset', source === name && 'selected', name === 'own' && 'own')}
            onClick={() => pick(name)}
            data-testid={`dataset-${name}`}
          >
            {t(`playground.dataset.${name}`)}
          </button>
        ))}
      </div>
      <label className="slider">
        <span>{t('playground.noise', { value: noise })}</span>
        <input
          type="range"
          min={NOISE_RANGE.min}
          max={NOISE_RANGE.max}
          step={5}
          value={noise}
          disabled={own}
          onChange={(e) => setNoise(Number(e.target.value))}
          data-testid="playground-noise"
        />
      </label>
      <label className="slider">
        <span>{t('playground.split', { value: split })}</span>
        <input
          type="range"
          min={SPLIT_RANGE.min}
          max={SPLIT_RANGE.max}
          step={10}
          value={split}
          onChange={(e) => setSplit(Number(e.target.value))}
          data-testid="playground-split"
        />
      </label>
      {own && (
        <p className="muted small" data-testid="own-sets-note">
          {t('playground.own.noise')} {t('playground.own.sets')}
        </p>
      )}
      <div className="seed-row">
        <label>
          <span>{t('playground.seed')}</span>
          <input
            type="number"
            min={0}
            step={1}
            value={seed}
            onChange={(e) => {
              const value = Number(e.target.value);
              if (e.target.value !== '' && Number.isInteger(value)) setDataSeed(value);
            }}
            data-testid="playground-seed"
          />
        </label>
        <button
          type="button"
          onClick={() => setDataSeed(seed + 1)}
          title={t('playground.regenerateHint')}
          disabled={own}
        >
          {t('playground.regenerate')}
        </button>
      </div>
      <DataFile />
    </div>
  );
}
