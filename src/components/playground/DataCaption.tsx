import { useCallback, useRef } from 'react';
import { formatCount, formatNumber } from '../../lib/format';
import { LossCurves } from './LossCurves';
import { useAppState } from '../../store/StoreProvider';
import type { PlaygroundFrame } from '../../workers/playgroundProtocol';
import { usePlaygroundT } from './usePlaygroundT';
import { setDataIfChanged, setTextIfChanged } from '../common/writeIfChanged';
import { useFrameSink } from './driverContext';
import { rateText } from './rateText';
import { useTextDue } from './textThrottle';

/**
 * Presenter mode's caption for the Data mode, readable from the back of the room: the
 * iteration, the training and test loss, the speed while playing (written into the page at
 * each frame, not rendered by React), what the maps show in the current map mode, and
 * with `chart` the loss chart beside them.
 * Hook: `caption-bar`, with `data-iteration` and `data-mode`.
 */
export function DataCaption({ chart }: { chart: boolean }) {
  const t = usePlaygroundT();
  const mode = useAppState((s) => s.mapMode);
  const bar = useRef<HTMLElement>(null);
  const position = useRef<HTMLElement>(null);
  const loss = useRef<HTMLElement>(null);
  const speed = useRef<HTMLSpanElement>(null);

  const textDue = useTextDue();

  const sink = useCallback(
    (frame: PlaygroundFrame) => {
      if (bar.current !== null) setDataIfChanged(bar.current, 'iteration', String(frame.iteration));
      if (!textDue(frame)) return;
      if (position.current !== null)
        setTextIfChanged(
          position.current,
          t('playground.caption.position', { t: formatCount(frame.iteration) }),
        );
      if (loss.current !== null)
        setTextIfChanged(
          loss.current,
          t('playground.caption.loss', {
            train: formatNumber(frame.trainLoss, 4),
            test: formatNumber(frame.testLoss, 4),
          }),
        );
      if (speed.current !== null) setTextIfChanged(speed.current, rateText(t, frame));
    },
    [t, textDue],
  );
  useFrameSink(sink);

  return (
    <section
      ref={bar}
      className="training-caption data-caption"
      data-testid="caption-bar"
      data-mode={mode}
      aria-label={t('playground.caption.label')}
    >
      <div className="caption-text">
        <p className="caption-position">
          <strong ref={position} />
          <strong ref={loss} />
          <span ref={speed} className="muted" />
        </p>
        <p className="caption-maps">{t(`playground.caption.${mode}`)}</p>
      </div>
      {/* On a wide screen the loss chart, which the decision map's column has no room for
          there (it sat under this caption, out of sight); on a narrower one it would
          squeeze this text into more lines than the maps can spare. */}
      {chart && <LossCurves flat />}
    </section>
  );
}
