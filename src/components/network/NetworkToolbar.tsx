import { useActions, useAppState, useDerived } from '../../store/StoreProvider';
import { useT } from '../common/hooks';
import { usePreparedUpdate } from './usePreparedUpdate';

/**
 * Above the diagram: apply the update (θ ← θ − η∇L, then a new pass on the new
 * parameters), undo and redo. The update can be applied once the pass has reached its
 * update phase, so learners see what it will do first. On a phone the labels are short
 * (Undo and Redo as arrows, named for screen readers), so all of it fits one row.
 */
export function NetworkToolbar() {
  const t = useT();
  const { applyUpdate, undo, redo } = useActions();
  const canUndo = useAppState((s) => s.past.length > 0);
  const canRedo = useAppState((s) => s.future.length > 0);
  const updateReady = useDerived((select, s) => {
    const update = select.trace(s).phases.find((p) => p.phase === 'update');
    return update !== undefined && s.cursor > update.start;
  });
  usePreparedUpdate(updateReady);
  return (
    <div className="toolbar" role="toolbar" aria-label={t('toolbar.label')}>
      <button
        type="button"
        className="primary"
        onClick={applyUpdate}
        disabled={!updateReady}
        data-testid="apply-update"
        title={t('toolbar.applyHint')}
      >
        {t('toolbar.apply')} <span className="when-roomy">{t('toolbar.applyThen')}</span>
      </button>
      <button
        type="button"
        onClick={undo}
        disabled={!canUndo}
        aria-label={t('toolbar.undo')}
        title={`${t('toolbar.undo')} (Ctrl+Z)`}
      >
        <span className="when-roomy">{t('toolbar.undo')}</span>
        <span className="when-cramped" aria-hidden="true">
          ↶
        </span>
      </button>
      <button
        type="button"
        onClick={redo}
        disabled={!canRedo}
        aria-label={t('toolbar.redo')}
        title={`${t('toolbar.redo')} (Ctrl+Shift+Z)`}
      >
        <span className="when-roomy">{t('toolbar.redo')}</span>
        <span className="when-cramped" aria-hidden="true">
          ↷
        </span>
      </button>
    </div>
  );
}
