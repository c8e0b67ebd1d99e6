import { useAppState } from '../../store/StoreProvider';
import { useT } from '../common/hooks';
import { CHAPTERS } from './chapters';
import { useOpenChapter } from './useOpenChapter';

/** The lecture's chapters, in order; picking one opens its scene, scenario and step. */
export function ChapterMenu() {
  const t = useT();
  const current = useAppState((s) => s.chapter);
  const open = useOpenChapter();
  return (
    <label className="chapter-menu">
      <span className="visually-hidden">{t('chapters.label')}</span>
      <select
        value={current ?? ''}
        data-testid="chapter-menu"
        onChange={(e) => {
          if (e.target.value !== '') open(Number(e.target.value));
        }}
      >
        <option value="">{t('chapters.none')}</option>
        {CHAPTERS.map((c) => (
          <option key={c.number} value={c.number}>
            {t(c.title)}
          </option>
        ))}
      </select>
    </label>
  );
}
