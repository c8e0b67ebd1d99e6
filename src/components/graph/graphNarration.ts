import { en } from '../../i18n/en';
import { isGraphStep, type GraphAnalysis, type TraceStep } from '../../engine';
import { isMessageKey, type Translate, type TranslateParams } from '../../i18n/translate';
import { assertNever } from '../../lib/assertNever';
import { formatNumber } from '../../lib/format';
import { branchesOf, stepGate } from './graphView';

/** NaN is spelled out (`notReal`): a sentence never shows it as if it were a number. */
const shower =
  (notReal: string) =>
  (v: number | null | undefined): string =>
    typeof v !== 'number' ? '—' : Number.isNaN(v) ? notReal : formatNumber(v);

/**
 * The numbers a narration sentence quotes, added to the step's own params (names): the
 * inputs' values `av`, `bv`, the gate's `result`, its `upstream` gradient, its first
 * `local` gradient, for a gate with one constant input the other input `v` and the constant
 * `c`, and, where a fan-out completes, the `branches` and their `sum`.
 */
export function narrationParams(
  step: TraceStep,
  analysis: GraphAnalysis,
  notReal: string = en['value.notReal'],
): Record<string, string | number> {
  const show = shower(notReal);
  const quoted: TranslateParams = step.params;
  const params: Record<string, string | number> = { ...quoted };
  const gateId = stepGate(step);
  const gate = gateId === undefined ? undefined : analysis.byId.get(gateId);
  if (gate !== undefined) {
    const [a, b] = gate.inputs.map((id) => analysis.byId.get(id));
    params.av = show(a?.value);
    params.bv = show(b?.value);
    params.result = show(gate.value);
    params.upstream = show(gate.grad);
    params.local = show(gate.local[0]);
  }
  // A gate with one constant input: the other input, and the constant.
  const live = gate?.inputs.map((id) => analysis.byId.get(id)).filter((n) => n?.kind !== 'const');
  const constant = gate?.inputs.map((id) => analysis.byId.get(id)).find((n) => n?.kind === 'const');
  if (gate !== undefined && live?.length === 1 && constant !== undefined && live[0] !== undefined) {
    params.v = live[0].id;
    params.c = constant.label;
  }
  const fanOutNode = step.kind === 'gate-backward' ? step.params.fanOutNode : undefined;
  const node = fanOutNode === undefined ? undefined : analysis.byId.get(fanOutNode);
  if (node !== undefined) {
    params.branches = branchesOf(analysis, node)
      .map((b) => show(b.value))
      .join(' + ')
      .replace(/\+ \u2212/g, '\u2212 ');
    params.sum = show(node.grad);
  }
  return params;
}

/**
 * What the current step does and why, in the lecture's words. A fan-out step says what
 * its gate does first, then how the branches add up.
 */
export function narrateGraph(
  step: TraceStep | undefined,
  analysis: GraphAnalysis,
  cursor: number,
  total: number,
  t: Translate,
): string {
  if (cursor === 0 || step === undefined) return t('graph.narration.start');
  const notReal = t('value.notReal');
  const params = narrationParams(step, analysis, notReal);
  // −NaN is NaN: a sign before "not a real number" would read as a number's sign.
  const say = (key: string): string =>
    (isMessageKey(key) ? t(key, params) : key)
      .replaceAll(`\u2212(${notReal})`, notReal)
      .replaceAll(`\u2212${notReal}`, notReal);
  const sentence = sentenceOf(step, params, say);
  return cursor >= total ? `${sentence} ${t('graph.narration.end')}` : sentence;
}

/**
 * The sentence of one step. A backward gate says its variant for a constant input where
 * there is one; at a fan-out it says what the gate does first, then how the branches add up.
 */
function sentenceOf(
  step: TraceStep,
  params: Readonly<Record<string, string | number>>,
  say: (key: string) => string,
): string {
  if (!isGraphStep(step)) return say(step.narrationKey);
  const gateKey = (key: string): string =>
    params.c !== undefined && isMessageKey(`${key}.const`) ? `${key}.const` : key;
  switch (step.kind) {
    case 'gate-forward':
    case 'seed':
      return say(step.narrationKey);
    case 'gate-backward':
      return step.narrationKey === 'graph.backward.fanout'
        ? `${say(gateKey(`graph.backward.${step.params.op}`))} ${say(step.narrationKey)}`
        : say(gateKey(step.narrationKey));
    default:
      return assertNever(step);
  }
}
