import { useState } from 'react';
import { PRACTICE_KINDS, type PracticeKind } from '../../engine';
import { SCENE_MODELS } from '../../store/scenes';
import { useActions, useAppState } from '../../store/StoreProvider';
import { useT } from '../common/hooks';

/**
 * Practice's own controls: which kinds of value to compute (the scene's), new numbers of
 * the same shape (the next variant), start again, stop.
 */
export function PracticeBar() {
  const t = useT();
  const { setPractice, drawVariant, restartPractice } = useActions();
  const practice = useAppState((s) => s.practice);
  const variant = useAppState((s) => s.variant);
  const kinds = useAppState((s) => SCENE_MODELS[s.scene].practice);
  const editable = useAppState((s) => !s.hidden.includes('editor'));
  const [noFriendly, setNoFriendly] = useState(false);
  const asked = practice ?? [];
  const toggle = (kind: PracticeKind) => {
    const next = asked.includes(kind) ? asked.filter((k) => k !== kind) : [...asked, kind];
    setPractice(PRACTICE_KINDS.filter((k) => next.includes(k)));
  };
  return (
    <div className="practice-bar">
      {kinds.length > 1 && (
        <fieldset className="practice-kinds">
          <legend>{t('practice.kinds')}</legend>
          {kinds.map((kind) => (
            <label key={kind}>
              <input
                type="checkbox"
                checked={asked.includes(kind)}
                onChange={() => toggle(kind)}
                data-testid={`practice-kind-${kind}`}
              />
              {t(`practice.kind.${kind}`)}
            </label>
          ))}
        </fieldset>
      )}
      <div className="practice-actions">
        {variant !== null && (
          <span className="practice-variant" data-testid="practice-variant">
            {t('practice.variant', { number: variant.number })}
          </span>
        )}
        {editable && (
          <button
            type="button"
            data-testid="practice-new-numbers"
            title={t('practice.newNumbersHint')}
            onClick={() => setNoFriendly(!drawVariant())}
          >
            {t('practice.newNumbers')}
          </button>
        )}
        <button type="button" data-testid="practice-restart" onClick={restartPractice}>
          {t('practice.restart')}
        </button>
        <button type="button" data-testid="practice-stop" onClick={() => setPractice(null)}>
          {t('practice.stop')}
        </button>
      </div>
      {noFriendly && (
        <p className="practice-note" role="status">
          {t('practice.noFriendly')}
        </p>
      )}
    </div>
  );
}
