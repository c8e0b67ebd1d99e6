import { isNetworkStep, type NetworkTraceStep, type Trace } from '../../engine';
import type { Translate } from '../../i18n/translate';
import { assertNever } from '../../lib/assertNever';
import { subscript } from '../../lib/format';
import { narrationWords } from './narrationText';
import { plainSymbol } from './plainSymbol';

/**
 * What a whole phase of the network trace found, said once the cursor reaches its end
 * (after its last step, or after a phase jump that ran it as one step): the outputs, every
 * δ, every gradient, every update, with the largest among them. `null` anywhere else, and
 * for the one-step cost phase, whose step says it all.
 */
export function networkPhaseSummary(trace: Trace, cursor: number, t: Translate): string | null {
  const span = trace.phases.find((p) => p.end === cursor && p.end - p.start > 1);
  if (span === undefined) return null;
  const steps = trace.steps.slice(span.start, span.end).filter(isNetworkStep);
  const { num, list } = narrationWords(t);
  switch (span.phase) {
    case 'forward': {
      const outputs = steps.flatMap((s) =>
        s.kind === 'a' && s.params.output > 0
          ? [`y${subscript(s.params.output)} = ${num(s.result)}`]
          : [],
      );
      return t('network.summary.forward', { outputs: list(outputs) });
    }
    case 'backward': {
      const amps = steps.filter((s) => s.kind === 'amp');
      const max = extreme(amps, (a, b) => a > b);
      const min = extreme(amps, (a, b) => a < b);
      if (max === undefined || min === undefined) return null;
      return t('network.summary.backward', {
        count: amps.length,
        maxSub: subscript(max.params.neuron),
        max: num(max.result),
        minSub: subscript(min.params.neuron),
        min: num(min.result),
      });
    }
    case 'gradients': {
      const max = extreme(steps, (a, b) => a > b);
      if (max === undefined) return null;
      return t('network.summary.gradients', {
        weights: steps.filter((s) => s.kind === 'dW').length,
        biases: steps.filter((s) => s.kind === 'db').length,
        maxSymbol: plainSymbol(
          max.resultSymbol.replace(/^\\frac\{\\partial C\}\{\\partial (.*)\}$/, '$1'),
        ),
        max: num(max.result),
      });
    }
    case 'update': {
      const change = (s: NetworkTraceStep) => s.result - (s.operands[0]?.value ?? NaN);
      const max = extreme(steps, (a, b) => a > b, change);
      if (max === undefined) return null;
      return t('network.summary.update', {
        count: steps.length,
        maxSymbol: plainSymbol(max.operands[0]?.symbol ?? ''),
        max: num(change(max)),
      });
    }
    case 'cost':
      return null;
    default:
      return assertNever(span.phase);
  }
}

/** The step whose value (by default its result) is largest or smallest in size. */
function extreme<S extends NetworkTraceStep>(
  steps: readonly S[],
  better: (a: number, b: number) => boolean,
  value: (s: S) => number = (s) => s.result,
): S | undefined {
  let best: S | undefined;
  for (const s of steps) {
    const size = Math.abs(value(s));
    if (!Number.isFinite(size)) continue;
    if (best === undefined || better(size, Math.abs(value(best)))) best = s;
  }
  return best;
}
