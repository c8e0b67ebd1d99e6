import { useMemo, useRef, type KeyboardEvent, type PointerEvent } from 'react';
import type { Phase } from '../../engine';
import type { MessageKey } from '../../i18n/en';
import { translate } from '../../i18n/translate';
import { useActions, useAppState, useDerived } from '../../store/StoreProvider';
import { cx } from '../common/classNames';
import { useT } from '../common/hooks';
import { useLabelFit } from './useLabelFit';

/** Each phase's short name, for a band too narrow for the whole one. */
const SHORT_NAMES: Readonly<Record<Phase, MessageKey>> = {
  forward: 'phase.short.forward',
  cost: 'phase.costShort',
  backward: 'phase.short.backward',
  gradients: 'phase.short.gradients',
  update: 'phase.short.update',
};

/**
 * The whole trace at a glance: one coloured band per phase, a tick per step, and a
 * handle at the cursor. Click or drag anywhere to jump; it is also a slider for the
 * keyboard. Each phase is named above its band in full, short, or not at all, whichever
 * fits (useLabelFit), so that labels never run into each other on a phone.
 */
export function Timeline() {
  const t = useT();
  const { setCursor, stepBy, toStart, toEnd } = useActions();
  const cursor = useAppState((s) => s.cursor);
  const phases = useDerived((select, s) => select.trace(s).phases);
  const total = useDerived((select, s) => select.total(s));
  const lang = useAppState((s) => s.lang);
  const ref = useRef<HTMLDivElement>(null);
  const labelsRef = useRef<HTMLDivElement>(null);
  const labels = useMemo(
    () =>
      phases.map((p) => ({
        full: translate(lang, `phase.${p.phase}`),
        short: translate(lang, SHORT_NAMES[p.phase]),
        share: total === 0 ? 0 : (p.end - p.start) / total,
      })),
    [phases, total, lang],
  );
  const fits = useLabelFit(labelsRef, labels);

  const cursorAt = (event: PointerEvent) => {
    const box = ref.current?.getBoundingClientRect();
    if (box === undefined || box.width === 0) return;
    const fraction = Math.min(1, Math.max(0, (event.clientX - box.left) / box.width));
    setCursor(Math.round(fraction * total));
  };
  const onKeyDown = (event: KeyboardEvent) => {
    const moves: Record<string, () => void> = {
      ArrowRight: () => stepBy(1),
      ArrowUp: () => stepBy(1),
      ArrowLeft: () => stepBy(-1),
      ArrowDown: () => stepBy(-1),
      Home: toStart,
      End: toEnd,
    };
    const move = moves[event.key];
    if (move) {
      event.preventDefault();
      event.stopPropagation();
      move();
    }
  };
  const percent = (n: number) => `${total === 0 ? 0 : (100 * n) / total}%`;
  const showTicks = total <= 240;
  const currentPhase = phases.find((p) => cursor > p.start && cursor <= p.end)?.phase;

  return (
    <div className="timeline">
      <div
        className="phase-labels"
        aria-hidden="true"
        ref={labelsRef}
        data-fitted={fits.length > 0 ? 'true' : 'false'}
      >
        {phases.map((p, i) => {
          const fit = fits[i] ?? 'full';
          return (
            <span
              key={p.phase}
              className={cx(
                'phase-label',
                `phase-${p.phase}`,
                p.phase === currentPhase && 'current',
              )}
              data-fit={fit}
              style={{ left: percent(p.start), width: percent(p.end - p.start) }}
            >
              {fit === 'none' ? '' : fit === 'short' ? labels[i]?.short : labels[i]?.full}
            </span>
          );
        })}
      </div>
      <div
        ref={ref}
        className="track"
        role="slider"
        tabIndex={0}
        aria-label={t('controls.timeline')}
        aria-valuemin={0}
        aria-valuemax={total}
        aria-valuenow={cursor}
        aria-valuetext={`${t('controls.step', { step: cursor, total })}${currentPhase ? ` · ${t(`phase.${currentPhase}`)}` : ''}`}
        onPointerDown={(e) => {
          e.currentTarget.setPointerCapture(e.pointerId);
          cursorAt(e);
        }}
        onPointerMove={(e) => {
          if (e.currentTarget.hasPointerCapture(e.pointerId)) cursorAt(e);
        }}
        onKeyDown={onKeyDown}
      >
        {phases.map((p) => (
          <div
            key={p.phase}
            className={`band phase-${p.phase}`}
            style={{ left: percent(p.start), width: percent(p.end - p.start) }}
          />
        ))}
        {showTicks &&
          Array.from({ length: total + 1 }, (_, i) => (
            <div
              key={i}
              className={cx('tick', i <= cursor && 'done')}
              style={{ left: percent(i) }}
            />
          ))}
        <div className="progress" style={{ width: percent(cursor) }} />
        <div className="handle" style={{ left: percent(cursor) }} />
      </div>
    </div>
  );
}
