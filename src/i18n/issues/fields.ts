import { readTypedNumber } from '../../engine';
import { formatFull } from '../../lib/format';
import type { Translate } from '../translate';
import { numberProblemText } from './render';

/**
 * η as typed into a field: one number greater than 0, read like every typed number.
 * The refusal says what was wrong and that η keeps its value: "“1e999” is too large (…);
 * η stays 0.5." or "η must be greater than 0, and −1 is not; η stays 0.5."
 */
export function readLearningRate(
  t: Translate,
  text: string,
  current: number,
):
  { readonly ok: true; readonly value: number } | { readonly ok: false; readonly message: string } {
  const read = readTypedNumber(text);
  const kept = (reason: string) => t('number.etaKept', { reason, value: formatFull(current) });
  if (!read.ok) return { ok: false, message: kept(numberProblemText(t, read)) };
  if (read.value <= 0)
    return {
      ok: false,
      message: kept(t('number.etaNotPositive', { value: formatFull(read.value) })),
    };
  return { ok: true, value: read.value };
}
