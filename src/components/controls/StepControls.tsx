import { SPEEDS, type Speed } from '../../store/types';
import { useActions, useAppState, useDerived } from '../../store/StoreProvider';
import { useT } from '../common/hooks';
import { Icon } from './icons';
import { PresenterToggle } from '../app/PresenterToggle';
import { COMPACT_CONTROLS } from '../app/layouts';
import { useLayout } from '../app/useLayout';

/**
 * To start, previous, play/pause, next, to end; a whole phase back or forward as one step
 * (all gradients, all updates…, also [ and ]); the speed; where we are. Where the row is
 * tight (a phone, an embed) the count is written 19/61 and the speed keeps only its menu.
 */
export function StepControls() {
  const t = useT();
  const actions = useActions();
  const cursor = useAppState((s) => s.cursor);
  const playing = useAppState((s) => s.playing);
  const speed = useAppState((s) => s.speed);
  const total = useDerived((select, s) => select.total(s));
  const presenter = useAppState((s) => s.presenter);
  const compact = COMPACT_CONTROLS[useLayout()];
  const atStart = cursor === 0;
  const atEnd = cursor >= total;
  // Practice holds the walk at its question: Next and End wait for the answer, and say so.
  const held = useDerived(
    (select, s) => s.cursor < select.total(s) && s.cursor >= select.cursorLimit(s),
  );
  const forward = (label: string, key: string) =>
    held ? t('controls.answerFirst') : `${label} (${key})`;
  // The phase the next phase jump runs to its end: the one the next step belongs to.
  const nextPhase = useDerived(
    (select, s) =>
      select.trace(s).phases.find((p) => s.cursor >= p.start && s.cursor < p.end)?.phase,
  );

  return (
    <div className="step-controls" role="toolbar" aria-label={t('controls.label')}>
      <button
        type="button"
        onClick={actions.toStart}
        disabled={atStart}
        aria-label={t('controls.start')}
        title={`${t('controls.start')} (Home)`}
      >
        <Icon name="start" />
      </button>
      <button
        type="button"
        onClick={() => actions.stepBy(-1)}
        disabled={atStart}
        aria-label={t('controls.previous')}
        title={`${t('controls.previous')} (←)`}
      >
        <Icon name="previous" />
      </button>
      <button
        type="button"
        className="primary play"
        onClick={actions.togglePlaying}
        aria-label={playing ? t('controls.pause') : t('controls.play')}
        aria-pressed={playing}
        title={`${playing ? t('controls.pause') : t('controls.play')} (Space)`}
      >
        <Icon name={playing ? 'pause' : 'play'} />
      </button>
      <button
        type="button"
        onClick={() => actions.stepBy(1)}
        disabled={atEnd || held}
        aria-label={t('controls.next')}
        title={forward(t('controls.next'), '→')}
      >
        <Icon name="next" />
      </button>
      <button
        type="button"
        onClick={actions.toEnd}
        disabled={atEnd || held}
        aria-label={t('controls.end')}
        title={forward(t('controls.end'), 'End')}
      >
        <Icon name="end" />
      </button>
      {/* A tight row (a phone) has no room: there the timeline's phases are tapped instead. */}
      {!compact && (
        <span className="phase-jump" role="group" aria-label={t('controls.phaseGroup')}>
          <button
            type="button"
            data-testid="phase-previous"
            onClick={() => actions.jumpPhase(-1)}
            disabled={atStart}
            title={t('controls.phaseBackHint')}
          >
            « {t('controls.phaseBack')}
          </button>
          <button
            type="button"
            data-testid="phase-next"
            onClick={() => actions.jumpPhase(1)}
            disabled={atEnd || nextPhase === undefined}
            title={t('controls.phaseNextHint')}
          >
            {t(`controls.all.${nextPhase ?? 'update'}`)} »
          </button>
        </span>
      )}
      <label className="speed">
        <span className={compact ? 'visually-hidden' : undefined}>{t('controls.speed')}</span>
        <select value={speed} onChange={(e) => actions.setSpeed(Number(e.target.value) as Speed)}>
          {SPEEDS.map((s) => (
            <option key={s} value={s}>
              {s}×
            </option>
          ))}
        </select>
      </label>
      <span
        className="step-position"
        data-testid="step-position"
        data-step={cursor}
        data-total={total}
        aria-live="off"
      >
        {compact ? (
          <>
            <span aria-hidden="true">{t('controls.stepShort', { step: cursor, total })}</span>
            <span className="visually-hidden">{t('controls.step', { step: cursor, total })}</span>
          </>
        ) : (
          t('controls.step', { step: cursor, total })
        )}
      </span>
      {presenter && <PresenterToggle />}
    </div>
  );
}
