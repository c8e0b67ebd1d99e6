import { en } from '../../i18n/en';
import {
  isGraphStep,
  type GraphAnalysis,
  type GraphNodeResult,
  type TraceStep,
} from '../../engine';
import { isMessageKey, type Translate, type TranslateParams } from '../../i18n/translate';
import { assertNever } from '../../lib/assertNever';
import { formatNumber, formatOperand, joinSentences, MINUS } from '../../lib/format';
import { branchesOf, stepGate } from './graphView';

type Value = number | null | undefined;

/** A node as a sentence names it: a variable or a gate by its name, a constant by its value. */
const plainNameOf = (node: GraphNodeResult): string =>
  node.kind === 'const' ? node.label : node.id;

/** A sum of more branches than this is said with its first three and its last. */
export const MAX_BRANCHES_SAID = 8;

/** NaN is spelled out (`notReal`): a sentence never shows it as if it were a number. */
const shower =
  (notReal: string, format: (v: number) => string) =>
  (v: Value): string =>
    typeof v !== 'number' ? '—' : Number.isNaN(v) ? notReal : format(v);

/**
 * The numbers a narration sentence quotes, added to the step's own params (names):
 * - `av`, `bv`: the inputs' values, and `ap`, `bp` the same as operands (a negative one in
 *   parentheses, for "4 + (−3)" and "(−1)^2");
 * - `result`, the gate's value; `upstream` (and `upstreamP`), its gradient ∂f/∂gate;
 * - `local`, `localB` (and `localP`), its local gradients, and `sent`, `sentB` what it
 *   sends back to each input (local × upstream);
 * - for a gate with one constant input: the other input `v`, the constant `c` (`cp`), and
 *   `localV` (`localVp`), `sentV` for the input that takes a gradient;
 * - for a max or min gate, the input that wins (`winner`) and the other (`loser`);
 * - where a fan-out completes, the `branches` and their `sum` (beyond
 *   {@link MAX_BRANCHES_SAID} branches, the first three, `more` for the rest but the last,
 *   and the last: a sum of 1,000 branches spelled out took 5,000 characters).
 */
export function narrationParams(
  step: TraceStep,
  analysis: GraphAnalysis,
  notReal: string = en['value.notReal'],
  more: (count: number) => string = (count) => `+ ⋯ ${count} more`,
): Record<string, string | number> {
  const show = shower(notReal, (v) => formatNumber(v));
  const operand = shower(notReal, (v) => formatOperand(v));
  const quoted: TranslateParams = step.params;
  const params: Record<string, string | number> = { ...quoted };
  const gateId = stepGate(step);
  const gate = gateId === undefined ? undefined : analysis.byId.get(gateId);
  if (gate !== undefined) {
    const [a, b] = gate.inputs.map((id) => analysis.byId.get(id));
    Object.assign(params, {
      av: show(a?.value),
      bv: show(b?.value),
      ap: operand(a?.value),
      bp: operand(b?.value),
      result: show(gate.value),
      upstream: show(gate.grad),
      upstreamP: operand(gate.grad),
      local: show(gate.local[0]),
      localP: operand(gate.local[0]),
      localB: show(gate.local[1]),
      sent: show(gate.contributions[0]),
      sentB: show(gate.contributions[1]),
    });
    const liveSlot = oneConstantInput(analysis, gate);
    const live =
      liveSlot === undefined ? undefined : analysis.byId.get(gate.inputs[liveSlot] ?? '');
    const constant =
      liveSlot === undefined ? undefined : analysis.byId.get(gate.inputs[1 - liveSlot] ?? '');
    if (liveSlot !== undefined && live !== undefined && constant !== undefined) {
      params.v = plainNameOf(live);
      params.c = constant.label;
      params.cp =
        constant.label.startsWith(MINUS) || constant.label.startsWith('-')
          ? `(${constant.label})`
          : constant.label;
      params.localV = show(gate.local[liveSlot]);
      params.localVp = operand(gate.local[liveSlot]);
      params.sentV = show(gate.contributions[liveSlot]);
    }
    if ((gate.op === 'max' || gate.op === 'min') && a !== undefined && b !== undefined) {
      const first = gate.local[0] === 1;
      params.winner = plainNameOf(first ? a : b);
      params.loser = plainNameOf(first ? b : a);
    }
  }
  const fanOutNode = step.kind === 'gate-backward' ? step.params.fanOutNode : undefined;
  const node = fanOutNode === undefined ? undefined : analysis.byId.get(fanOutNode);
  if (node !== undefined) {
    const terms = branchesOf(analysis, node).map((b, i) =>
      i === 0 ? show(b.value) : operand(b.value),
    );
    params.branches =
      terms.length <= MAX_BRANCHES_SAID
        ? terms.join(' + ')
        : `${terms.slice(0, 3).join(' + ')} ${more(terms.length - 4)} + ${terms.at(-1) ?? ''}`;
    params.sum = show(node.grad);
  }
  return params;
}

/** The slot of the one input that takes a gradient, when the other input is a constant. */
function oneConstantInput(analysis: GraphAnalysis, gate: GraphNodeResult): number | undefined {
  if (gate.inputs.length !== 2) return undefined;
  const kinds = gate.inputs.map((id) => analysis.byId.get(id)?.kind);
  if (kinds[0] === 'const' && kinds[1] !== 'const') return 1;
  if (kinds[1] === 'const' && kinds[0] !== 'const') return 0;
  return undefined;
}

/**
 * What the current step does and why, in the lecture's words. A fan-out step says what
 * its gate does first, then how the branches add up; the last forward step adds what the
 * forward pass found, and the last step every input's gradient.
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
  const params = narrationParams(step, analysis, notReal, (count) => t('graph.sumMore', { count }));
  // −NaN is NaN: a sign before "not a real number" would read as a number's sign.
  const say = (key: string): string =>
    (isMessageKey(key) ? t(key, params) : key)
      .replaceAll(`${MINUS}(${notReal})`, notReal)
      .replaceAll(`${MINUS}${notReal}`, notReal);
  const sentence = sentenceOf(step, analysis, say);
  const show = shower(notReal, (v) => formatNumber(v));
  const forwardDone = cursor === analysis.gates.length && step.kind === 'gate-forward';
  const summary = forwardDone ? t('graph.summary.forward', { value: show(analysis.value) }) : '';
  const gradients = analysis.variables.map(
    (name) => `∂f/∂${name} = ${show(analysis.gradients[name])}`,
  );
  const end =
    cursor >= total
      ? t('graph.narration.end', {
          gradients: gradients.join(t('list.separator')),
        })
      : '';
  return joinSentences(sentence, summary, end);
}

/** The sentence of one step: its gate's, then, at a fan-out, how the branches add up. */
function sentenceOf(
  step: TraceStep,
  analysis: GraphAnalysis,
  say: (key: string) => string,
): string {
  if (!isGraphStep(step)) return say(step.narrationKey);
  switch (step.kind) {
    case 'gate-forward':
    case 'seed':
      return say(step.narrationKey);
    case 'gate-backward': {
      const gate = analysis.byId.get(step.params.gate);
      const own = say(
        gate === undefined
          ? `graph.backward.${step.params.op}`
          : (notRealKey(gate) ?? backwardKey(analysis, gate)),
      );
      return step.narrationKey === 'graph.backward.fanout'
        ? joinSentences(own, say(step.narrationKey))
        : own;
    }
    default:
      return assertNever(step);
  }
}

/**
 * Where a gate's gradient is not a real number, its operation's sentence would quote "not
 * a real number" as if it were one ("receives the upstream gradient not a real number with
 * its sign flipped"): it says why instead, the gradient that arrived or its own value.
 */
function notRealKey(gate: GraphNodeResult): string | undefined {
  if (Number.isNaN(gate.grad)) return 'graph.backward.notRealUpstream';
  if (gate.local.some((v) => Number.isNaN(v))) return 'graph.backward.notRealLocal';
  return undefined;
}

/**
 * The sentence a gate says on the way back: its operation's, or the variant for a constant
 * input (which takes no gradient), a variable exponent, or a ReLU that blocks.
 */
function backwardKey(analysis: GraphAnalysis, gate: GraphNodeResult): string {
  const op = gate.op ?? 'add';
  const liveSlot = oneConstantInput(analysis, gate);
  switch (op) {
    case 'add':
    case 'mul':
      return liveSlot === undefined ? `graph.backward.${op}` : `graph.backward.${op}.const`;
    case 'sub':
      return liveSlot === undefined ? 'graph.backward.sub' : `graph.backward.sub.const${liveSlot}`;
    case 'div':
      return liveSlot === undefined ? 'graph.backward.div' : `graph.backward.div.const${liveSlot}`;
    case 'pow':
      return liveSlot === 0
        ? 'graph.backward.pow'
        : liveSlot === 1
          ? 'graph.backward.pow.constBase'
          : 'graph.backward.pow.both';
    case 'relu':
      return gate.local[0] === 0 ? 'graph.backward.relu.blocked' : 'graph.backward.relu';
    case 'max':
    case 'min':
      return liveSlot === undefined ? `graph.backward.${op}` : `graph.backward.${op}.const`;
    case 'neg':
    case 'exp':
    case 'log':
    case 'sqrt':
    case 'abs':
    case 'sin':
    case 'cos':
    case 'tanh':
    case 'sigmoid':
      return `graph.backward.${op}`;
    default:
      return assertNever(op);
  }
}
