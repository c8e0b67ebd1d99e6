import { useAppState } from '../../store/StoreProvider';
import { useT } from '../common/hooks';

/** Presenter mode's blank screen (B), so the class looks at the teacher, not the slide. */
export function BlankScreen() {
  const t = useT();
  const blank = useAppState((s) => s.blank);
  if (!blank) return null;
  return (
    <div className="blank-screen" data-testid="blank-screen" role="status">
      <span className="visually-hidden">{t('presenter.blank')}</span>
    </div>
  );
}
