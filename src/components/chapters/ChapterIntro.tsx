import { useId, useState } from 'react';
import { useAppState } from '../../store/StoreProvider';
import { useT } from '../common/hooks';
import { INTRO_FOLDED } from '../app/layouts';
import { useLayout } from '../app/useLayout';
import { chapter as findChapter } from './chapters';
import { neighbourChapter, useOpenChapter } from './useOpenChapter';

/**
 * The current chapter's title and short introduction, with previous/next chapter buttons
 * (also Shift+PageUp / Shift+PageDown, or P / N). The title folds the introduction away to
 * one line (folded from the start on a phone, where the diagram comes first); the choice
 * holds for the next chapters. Hiding it (✕) keeps the chapter.
 */
export function ChapterIntro() {
  const t = useT();
  const current = useAppState((s) => s.chapter);
  const layout = useLayout();
  const open = useOpenChapter();
  const textId = useId();
  const [hiddenFor, setHiddenFor] = useState<number | null>(null);
  // null until the reader folds or unfolds it: then the layout decides.
  const [unfolded, setUnfolded] = useState<boolean | null>(null);
  const chapter = current === null ? undefined : findChapter(current);
  if (current === null || chapter === undefined || hiddenFor === current) return null;
  const expanded = unfolded ?? !INTRO_FOLDED[layout];
  const previous = neighbourChapter(current, -1);
  const next = neighbourChapter(current, 1);
  return (
    <section
      className="chapter-intro"
      aria-labelledby="chapter-title"
      data-testid="chapter-intro"
      data-expanded={expanded}
    >
      <div className="chapter-text">
        <h2 id="chapter-title">
          <button
            type="button"
            className="chapter-fold"
            aria-expanded={expanded}
            aria-controls={textId}
            title={t('intro.fold')}
            onClick={() => setUnfolded(!expanded)}
          >
            <span className="fold-mark" aria-hidden="true">
              {expanded ? '▾' : '▸'}
            </span>
            <span className="chapter-name">{t(chapter.title)}</span>
          </button>
        </h2>
        <p id={textId} hidden={!expanded}>
          {t(chapter.intro)}
        </p>
      </div>
      <div className="chapter-nav">
        <button
          type="button"
          onClick={() => previous !== undefined && open(previous)}
          disabled={previous === undefined}
        >
          <span aria-hidden="true">← </span>
          <span className="nav-word">{t('chapters.previous')}</span>
        </button>
        <button
          type="button"
          className="primary"
          onClick={() => next !== undefined && open(next)}
          disabled={next === undefined}
        >
          <span className="nav-word">{t('chapters.next')}</span>
          <span aria-hidden="true"> →</span>
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
