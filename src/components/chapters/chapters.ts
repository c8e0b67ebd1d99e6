import type { MessageKey } from '../../i18n/en';
import {
  CHAPTER_NUMBERS,
  CHAPTER_SPECS,
  chapterSpec,
  type ChapterNumber,
  type ChapterSpec,
} from '../../store/chapters';

/**
 * The lecture's chapters as the page shows them: the store's chapter table
 * (store/chapters.ts: scene, scenario, step) with each chapter's title and introduction.
 */
export interface Chapter extends ChapterSpec {
  readonly title: MessageKey;
  readonly intro: MessageKey;
}

const withText = (spec: ChapterSpec): Chapter => ({
  ...spec,
  title: `chapter.${spec.number}.title`,
  intro: `chapter.${spec.number}.intro`,
});

export const CHAPTERS: readonly Chapter[] = CHAPTER_NUMBERS.map((n: ChapterNumber) =>
  withText(CHAPTER_SPECS[n]),
);

export function chapter(number: number): Chapter | undefined {
  const spec = chapterSpec(number);
  return spec === undefined ? undefined : withText(spec);
}
