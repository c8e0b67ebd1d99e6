import type { GraphAnalysis, TraceStep } from '../../engine';
import { isMessageKey, type Translate } from '../../i18n/translate';
import { formatNumber } from '../../lib/format';
import { branchesOf } from './graphView';

const show = (v: number | null | undefined): string =>
  typeof v === 'number' ? formatNumber(v) : '—';

/**
 * The numbers a narration sentence quotes, added to the step's own params (names): the
 * inputs' values `av`, `bv`, the gate's `result`, its `upstream` gradient, its first
 * `local` gradient and, where a fan-out completes, the `branches` and their `sum`.
 */
export function narrationParams(
  step: TraceStep,
  analysis: GraphAnalysis,
): Record<string, string | number> {
  const params: Record<string, string | number> = { ...step.params };
  const gate = analysis.byId.get(String(step.params.gate ?? ''));
  if (gate !== undefined) {
    const [a, b] = gate.inputs.map((id) => analysis.byId.get(id));
    params.av = show(a?.value);
    params.bv = show(b?.value);
    params.result = show(gate.value);
    params.upstream = show(gate.grad);
    params.local = show(gate.local[0]);
  }
  const node = analysis.byId.get(String(step.params.fanOutNode ?? ''));
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
  const params = narrationParams(step, analysis);
  const say = (key: string): string => (isMessageKey(key) ? t(key, params) : key);
  const sentence =
    step.narrationKey === 'graph.backward.fanout'
      ? `${say(`graph.backward.${String(step.params.op ?? 'add')}`)} ${say(step.narrationKey)}`
      : say(step.narrationKey);
  return cursor >= total ? `${sentence} ${t('graph.narration.end')}` : sentence;
}
