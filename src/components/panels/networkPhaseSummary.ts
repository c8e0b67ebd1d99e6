import { isNetworkStep, type StepFact, type Trace } from '../../engine';
import type { Translate } from '../../i18n/translate';
import { assertNever } from '../../lib/assertNever';
import { subscript } from '../../lib/format';
import { narrationWords } from './narrationText';
import { plainSymbol } from './plainSymbol';

/**
 * What a whole phase of the network trace found, said once the cursor reaches its end
 * (after its last step, or after a phase jump that ran it as one step): the outputs, every
 * δ, every gradient, every update, with the largest among them. `null` anywhere else, and
 * for the one-step cost phase, whose step says it all. The phase is weighed by its steps'
 * facts (a large network's update phase has 45,000 steps, made only when read); only the
 * steps it quotes are read whole.
 */
export function networkPhaseSummary(trace: Trace, cursor: number, t: Translate): string | null {
  const span = trace.phases.find((p) => p.end === cursor && p.end - p.start > 1);
  if (span === undefined) return null;
  const factOf = factsOf(trace);
  const facts: { readonly index: number; readonly fact: StepFact }[] = [];
  for (let index = span.start; index < span.end; index++) {
    const fact = factOf(index);
    if (fact !== undefined) facts.push({ index, fact });
  }
  const step = (index: number | undefined) => {
    const s = index === undefined ? undefined : trace.steps[index];
    return s !== undefined && isNetworkStep(s) ? s : undefined;
  };
  const count = (kind: StepFact['kind']) => facts.filter((f) => f.fact.kind === kind).length;
  const { num, list } = narrationWords(t);
  switch (span.phase) {
    case 'forward': {
      const outputs = facts.flatMap(({ fact }) =>
        fact.kind === 'a' && fact.output > 0
          ? [`y${subscript(fact.output)} = ${num(fact.result)}`]
          : [],
      );
      return t('network.summary.forward', { outputs: list(outputs) });
    }
    case 'backward': {
      const amps = facts.filter((f) => f.fact.kind === 'amp');
      const max = step(extreme(amps, (a, b) => a > b));
      const min = step(extreme(amps, (a, b) => a < b));
      if (max?.kind !== 'amp' || min?.kind !== 'amp') return null;
      return t('network.summary.backward', {
        count: amps.length,
        maxSub: subscript(max.params.neuron),
        max: num(max.result),
        minSub: subscript(min.params.neuron),
        min: num(min.result),
      });
    }
    case 'gradients': {
      const max = step(extreme(facts, (a, b) => a > b));
      if (max === undefined) return null;
      return t('network.summary.gradients', {
        weights: count('dW'),
        biases: count('db'),
        maxSymbol: plainSymbol(
          max.resultSymbol.replace(/^\\frac\{\\partial C\}\{\\partial (.*)\}$/, '$1'),
        ),
        max: num(max.result),
      });
    }
    case 'update': {
      const index = extreme(
        facts,
        (a, b) => a > b,
        (f) => f.change,
      );
      const max = step(index);
      const change = index === undefined ? undefined : factOf(index)?.change;
      if (max === undefined || change === undefined) return null;
      return t('network.summary.update', {
        count: facts.length,
        maxSymbol: plainSymbol(max.operands[0]?.symbol ?? ''),
        max: num(change),
      });
    }
    case 'cost':
      return null;
    default:
      return assertNever(span.phase);
  }
}

/**
 * The facts of the trace's network steps: its own where it has them for these very steps,
 * else read from each step (a masked practice trace changes results).
 */
function factsOf(trace: Trace): (index: number) => StepFact | undefined {
  const own = trace.facts;
  if (own?.describes(trace.steps) === true) return (index) => own.fact(index);
  return (index) => {
    const s = trace.steps[index];
    if (s === undefined || !isNetworkStep(s)) return undefined;
    const update = s.kind === 'update-w' || s.kind === 'update-b';
    return {
      kind: s.kind,
      result: s.result,
      change: update ? s.result - (s.operands[0]?.value ?? NaN) : NaN,
      output: s.kind === 'a' ? s.params.output : 0,
    };
  };
}

/** The index of the step whose value (by default its result) is largest or smallest in size. */
function extreme(
  facts: readonly { readonly index: number; readonly fact: StepFact }[],
  better: (a: number, b: number) => boolean,
  value: (f: StepFact) => number = (f) => f.result,
): number | undefined {
  let best: number | undefined;
  let bestSize = NaN;
  for (const { index, fact } of facts) {
    const size = Math.abs(value(fact));
    if (!Number.isFinite(size)) continue;
    if (best === undefined || better(size, bestSize)) {
      best = index;
      bestSize = size;
    }
  }
  return best;
}
