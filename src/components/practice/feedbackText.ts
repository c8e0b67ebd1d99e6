import type { MistakeKind } from '../../engine';
import type { MessageKey } from '../../i18n/en';
import { numberProblemText } from '../../i18n/issues/render';
import type { Translate } from '../../i18n/translate';
import { assertNever } from '../../lib/assertNever';
import { formatNumber } from '../../lib/format';
import type { PracticeFeedback } from '../../store/practice/types';

/** Each mistake's sentence, in the lecture's words. */
const MISTAKE_TEXT: Readonly<Record<MistakeKind, MessageKey>> = {
  sign: 'practice.mistake.sign',
  'missing-gain': 'practice.mistake.missing-gain',
  'gain-for-delta': 'practice.mistake.gain-for-delta',
  'missing-input': 'practice.mistake.missing-input',
  'input-only': 'practice.mistake.input-only',
  'missing-bias': 'practice.mistake.missing-bias',
  'missing-activation': 'practice.mistake.missing-activation',
  'update-sign': 'practice.mistake.update-sign',
  'missing-eta': 'practice.mistake.missing-eta',
  'missing-upstream': 'practice.mistake.missing-upstream',
  'branch-not-sum': 'practice.mistake.branch-not-sum',
};

/** Its short name, for the summary's list of mistakes. */
export const MISTAKE_SHORT: Readonly<Record<MistakeKind, MessageKey>> = {
  sign: 'practice.mistakeShort.sign',
  'missing-gain': 'practice.mistakeShort.missing-gain',
  'gain-for-delta': 'practice.mistakeShort.gain-for-delta',
  'missing-input': 'practice.mistakeShort.missing-input',
  'input-only': 'practice.mistakeShort.input-only',
  'missing-bias': 'practice.mistakeShort.missing-bias',
  'missing-activation': 'practice.mistakeShort.missing-activation',
  'update-sign': 'practice.mistakeShort.update-sign',
  'missing-eta': 'practice.mistakeShort.missing-eta',
  'missing-upstream': 'practice.mistakeShort.missing-upstream',
  'branch-not-sum': 'practice.mistakeShort.branch-not-sum',
};

/**
 * What the feedback line says: right (with the value), shown, not a number (why, as every
 * number field says it), the mistake it looks like, the step not taken, or "not yet" with
 * the rule of the step.
 */
export function feedbackText(feedback: PracticeFeedback, what: string, t: Translate): string {
  if (feedback.kind === 'revealed')
    return t('practice.revealed', { what, value: formatNumber(feedback.value, 6) });
  const { verdict } = feedback;
  switch (verdict.verdict) {
    case 'correct':
      return t('practice.correct', { what, value: formatNumber(verdict.answer, 6) });
    case 'invalid':
      return t('practice.invalid', { reason: numberProblemText(t, verdict.problem) });
    case 'wrong':
      if (verdict.mistake !== undefined) return t(MISTAKE_TEXT[verdict.mistake]);
      if (verdict.stepNotTaken === true) return t('practice.noStep');
      return t('practice.notYet', { hint: t(`practice.form.${feedback.form}`) });
    default:
      return assertNever(verdict);
  }
}
