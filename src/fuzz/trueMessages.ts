import { expect } from 'vitest';
import { isIssueCode, type InputIssue } from '../engine';
import { issueText } from '../i18n/issues/render';
import { LANGUAGES, translate, type Language, type Translate } from '../i18n/translate';

const tr =
  (lang: Language): Translate =>
  (key, params) =>
    translate(lang, key, params);

/**
 * What a message must never say: a placeholder left unfilled, NaN or undefined shown as a
 * value. Text the user typed is quoted inside Unicode isolates (U+2068 … U+2069) and may
 * hold anything, so it is not read.
 */
export const UNTRUE =
  /\{\w+\}(?![^\u2068]*\u2069)|\bNaN\b(?![^\u2068]*\u2069)|undefined(?![^\u2068]*\u2069)/;

/** A Chinese character: a message the dictionaries wrote, not the engine's English. */
const CHINESE = /[\u4e00-\u9fff]/;

/**
 * The refusal contract: at least one issue, each named by a code the dictionaries know and
 * rendered in both languages with every placeholder filled and nothing that is not a
 * number shown as one.
 */
export function expectTrueMessages(issues: readonly InputIssue[], input: string): void {
  expect(issues.length, input).toBeGreaterThan(0);
  for (const issue of issues) {
    expect(typeof issue.path, input).toBe('string');
    for (const lang of LANGUAGES) {
      const text = issueText(tr(lang), issue);
      expect(text.trim(), `${issue.code} for ${input}`).not.toBe('');
      expect(text, `${issue.code} for ${input}`).not.toMatch(UNTRUE);
      if (lang === 'zh') expect(text, `${issue.code} in Chinese for ${input}`).toMatch(CHINESE);
    }
    if (!isIssueCode(issue.code)) expect(issue.code, input).toMatch(/^[a-z-]+$/);
  }
}
