import { useActions, useAppState, useDerived } from '../../store/StoreProvider';
import { useT } from '../common/hooks';

/**
 * Above the diagram: apply the update (θ ← θ − η∇L, then a new pass on the new
 * parameters), undo and redo. The update can be applied once the pass has reached its
 * update phase, so learners see what it will do first.
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
        {t('toolbar.apply')}
      </button>
      <button
        type="button"
        onClick={undo}
        disabled={!canUndo}
        title={`${t('toolbar.undo')} (Ctrl+Z)`}
      >
        {t('toolbar.undo')}
      </button>
      <button
        type="button"
        onClick={redo}
        disabled={!canRedo}
        title={`${t('toolbar.redo')} (Ctrl+Shift+Z)`}
      >
        {t('toolbar.redo')}
      </button>
    </div>
  );
}
