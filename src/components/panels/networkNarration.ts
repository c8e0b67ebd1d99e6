import type { TraceStep } from '../../engine';
import type { Translate, TranslateParams } from '../../i18n/translate';
import { subscript } from '../../lib/format';

/**
 * A network step's narration sentence, as the narration panel and the exports say it:
 * the step's own params, plus `sub` and `outputSub`, the neuron and output numbers as
 * subscripts (z₃, y₁).
 */
export function narrateNetworkStep(step: TraceStep, t: Translate): string {
  // Every kind's params are names and numbers, which is what a sentence can quote.
  const quoted: TranslateParams = step.params;
  return t(step.narrationKey, {
    ...quoted,
    sub: subscript(quoted.neuron ?? ''),
    outputSub: subscript(quoted.output ?? ''),
  });
}
