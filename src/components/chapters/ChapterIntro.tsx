import { useState } from 'react';
import { useAppState } from '../../store/StoreProvider';
import { useT } from '../common/hooks';
import { chapter as findChapter } from './chapters';
import { neighbourChapter, useOpenChapter } from './useOpenChapter';

/**
 * The current chapter's title and short introduction, with previous/next chapter
 * buttons (also Shift+PageUp / Shift+PageDown, or P / N). Hiding it keeps the chapter.
 */
export function ChapterIntro() {
  const t = useT();
  const current = useAppState((s) => s.chapter);
  const open = useOpenChapter();
  const [hiddenFor, setHiddenFor] = useState<number | null>(null);
  const chapter = current === null ? undefined : findChapter(current);
  if (current === null || chapter === undefined || hiddenFor === current) return null;
  const previous = neighbourChapter(current, -1);
  const next = neighbourChapter(current, 1);
  return (
    <section className="chapter-intro" aria-labelledby="chapter-title" data-testid="chapter-intro">
      <div>
        <h2 id="chapter-title">{t(chapter.title)}</h2>
        <p>{t(chapter.intro)}</p>
      </div>
      <div className="chapter-nav">
        <button
          type="button"
          onClick={() => previous !== undefined && open(previous)}
          disabled={previous === undefined}
        >
          ← {t('chapters.previous')}
        </button>
        <button
          type="button"
          className="primary"
          onClick={() => next !== undefined && open(next)}
          disabled={next === undefined}
        >
          {t('chapters.next')} →
        </button>
        <button
          type="button"
          onClick={() => setHiddenFor(current)}
          aria-label={t('chapters.dismiss')}
          title={t('chapters.dismiss')}
        >
          ✕
        </button>
      </div>
    </section>
  );
}
