import { useCallback, useRef } from 'react';
import { formatCount, formatNumber } from '../../lib/format';
import { rateText } from './rateText';
import { setTextIfChanged } from '../common/writeIfChanged';
import { useActions, useAppState } from '../../store/StoreProvider';
import { usePlaygroundT } from './usePlaygroundT';
import type { PlaygroundFrame } from '../../workers/playgroundProtocol';
import { useDriver, useDriverStatus, useFrameSink } from './driverContext';

/** Steps a click on "Step" takes (the Playground's own step is one). */
const STEP = 1;
/** Speeds offered, in steps per second (60: the Playground's step per frame); null: full speed. */
const SPEEDS = [10, 60, 1000, 10_000, null] as const;

/** The list with `value` in it (a link may carry a speed the list lacks), full speed last. */
function speedsWith(value: number | null): readonly (number | null)[] {
  const steady = SPEEDS.filter((s): s is Exclude<typeof s, null> => s !== null);
  if (value === null || steady.some((s) => s === value)) return SPEEDS;
  return [...[...steady, value].sort((a, b) => a - b), null];
}

/**
 * Passes through the data: three figures while small (a batch is a fraction of one), a
 * whole count with separators once large (10⁵ in scientific notation next to an iteration
 * written out in full read as two kinds of number).
 */
function epochText(epoch: number): string {
  return epoch < 1000 ? formatNumber(epoch, 3) : formatCount(epoch);
}

/**
 * θ⁰, step, play/pause, and the run's numbers: iteration, epoch, train and test loss,
 * steps per second. The numbers are written straight into the page at every frame (no
 * React render per frame); the buttons follow the run's status.
 */
export function RunBar() {
  const t = usePlaygroundT();
  const driver = useDriver();
  const status = useDriverStatus();
  const playing = useAppState((s) => s.playing);
  const speed = useAppState((s) => s.dataSpeed);
  const { setPlaying, setDataSpeed } = useActions();
  const readout = useRef<HTMLOutputElement>(null);
  const rate = useRef<HTMLOutputElement>(null);
  const ready = status.result?.ok === true;

  const sink = useCallback(
    (frame: PlaygroundFrame) => {
      const el = readout.current;
      if (el !== null)
        setTextIfChanged(
          el,
          [
            t('playground.iteration', { t: formatCount(frame.iteration) }),
            t('playground.epoch', { value: epochText(frame.epoch) }),
            t('playground.trainLoss', { value: formatNumber(frame.trainLoss, 4) }),
            t('playground.testLoss', { value: formatNumber(frame.testLoss, 4) }),
          ].join(' · '),
        );
      // On the trainer's line, so its coming and going moves nothing.
      if (rate.current !== null) setTextIfChanged(rate.current, rateText(t, frame));
    },
    [t],
  );
  useFrameSink(sink);

  return (
    <div className="playground-run" role="toolbar" aria-label={t('training.controls')}>
      <div className="button-row">
        <button
          type="button"
          onClick={() => {
            setPlaying(false);
            driver.reset();
          }}
          disabled={!ready}
          title={t('playground.resetHint')}
          aria-label={t('playground.resetHint')}
          data-testid="playground-reset"
        >
          {t('training.reset')}
        </button>
        <button
          type="button"
          onClick={() => driver.step(STEP)}
          disabled={!ready || status.stopped}
          title={t('playground.stepHint')}
          data-testid="playground-step"
        >
          {t('training.step')}
        </button>
        <button
          type="button"
          className="primary"
          onClick={() => setPlaying(!playing)}
          disabled={!ready || (!playing && status.stopped)}
          aria-pressed={playing}
          data-testid="playground-play"
        >
          {playing ? t('training.pause') : t('training.play')}
        </button>
        <label className="rate" title={t('playground.speedHint')}>
          <span>{t('training.rate')}</span>
          <select
            value={speed ?? 'max'}
            onChange={(e) => setDataSpeed(e.target.value === 'max' ? null : Number(e.target.value))}
            data-testid="playground-speed"
          >
            {speedsWith(speed).map((s) => (
              <option key={s ?? 'max'} value={s ?? 'max'}>
                {s === null
                  ? t('playground.speedMax')
                  : t('training.rateOption', { rate: formatCount(s) })}
              </option>
            ))}
          </select>
        </label>
      </div>
      <output className="playground-readout" ref={readout} aria-live="off" />

      {status.replayingTo !== null && (
        <span className="muted" data-testid="playground-replaying">
          {t('playground.replaying', { target: formatCount(status.replayingTo) })}
        </span>
      )}
      {/* Who trains, and how fast: a line of its own, so the rate coming and going as play
          starts and stops moves nothing. */}
      <span className="muted playground-trainer" data-testid="playground-trainer">
        {t(`playground.trainer.${status.trainer}`)}{' '}
        <output
          className="playground-rate"
          ref={rate}
          aria-live="off"
          data-testid="playground-rate"
        />
      </span>
    </div>
  );
}
