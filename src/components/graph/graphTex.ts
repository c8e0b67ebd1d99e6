import {
  isGraphStep,
  texSymbolOf,
  type GateBackwardStep,
  type GateOp,
  type GraphAnalysis,
  type GraphNodeResult,
  type TraceStep,
} from '../../engine';
import { assertNever } from '../../lib/assertNever';
import { formatNumber } from '../../lib/format';

/**
 * The TeX of a graph step for the formula panel: the gate's operation in symbols, then
 * with the numbers; on the way back "local gradient × upstream = downstream" for every
 * input, and at a fan-out the sum of the branches. Returns lines, each a display formula.
 */

/** The words of the backward header line, and NaN spelled out, translated by the caller. */
export interface TexWords {
  readonly local: string;
  readonly upstream: string;
  readonly downstream: string;
  readonly notReal: string;
}

export const ENGLISH_WORDS: TexWords = {
  local: 'local',
  upstream: 'upstream',
  downstream: 'downstream',
  notReal: 'not a real number',
};

/** What {@link texNum} writes for NaN; {@link graphStepTex} replaces it with the words. */
const NOT_REAL_TEX = '\\text{NaN}';

const SUPERSCRIPT_DIGITS = '⁰¹²³⁴⁵⁶⁷⁸⁹';

/** A number for TeX with a few significant digits; negatives in parentheses when `wrap`. */
export function texNum(value: number, wrap = false): string {
  if (Number.isNaN(value)) return NOT_REAL_TEX;
  const text = formatNumber(value, 4)
    .replace(/\u2212/g, '-')
    .replace(
      /×10([⁻⁰-⁹]+)/u,
      (_m, e: string) =>
        `\\times 10^{${[...e].map((c) => (c === '⁻' ? '-' : String(SUPERSCRIPT_DIGITS.indexOf(c)))).join('')}}`,
    )
    .replace('∞', '\\infty');
  return wrap && (value < 0 || text.includes('times')) ? `(${text})` : text;
}

/** A gate's operation applied to `a` and `b` (TeX, already wrapped where they need it). */
export function opTex(op: GateOp, a: string, b: string, bareA = a, bareB = b): string {
  switch (op) {
    case 'add':
      return `${a} + ${b}`;
    case 'sub':
      return `${a} - ${b}`;
    case 'mul':
      return `${a} \\cdot ${b}`;
    case 'div':
      return `\\frac{${bareA}}{${bareB}}`;
    case 'pow':
      return `{${a}}^{${bareB}}`;
    case 'neg':
      return `-${a}`;
    case 'exp':
      return `e^{${bareA}}`;
    case 'log':
      return `\\ln(${bareA})`;
    case 'sqrt':
      return `\\sqrt{${bareA}}`;
    case 'abs':
      return `\\lvert ${bareA} \\rvert`;
    case 'sin':
    case 'cos':
    case 'tanh':
      return `\\${op}(${bareA})`;
    case 'sigmoid':
      return `\\sigma(${bareA})`;
    case 'relu':
      return `\\max(0, ${bareA})`;
    case 'max':
    case 'min':
      return `\\${op}(${bareA}, ${bareB})`;
    default:
      return assertNever(op);
  }
}

/** The local gradient ∂g/∂(input `slot`) in symbols: a, b are the inputs, g the gate. */
export function localTex(op: GateOp, slot: number, a: string, b: string, g: string): string {
  const first = slot === 0;
  switch (op) {
    case 'add':
      return '1';
    case 'sub':
      return first ? '1' : '-1';
    case 'mul':
      return first ? b : a;
    case 'div':
      return first ? `\\frac{1}{${b}}` : `-\\frac{${a}}{${b}^{2}}`;
    case 'pow':
      return first ? `${b}\\,{${a}}^{${b} - 1}` : `{${a}}^{${b}} \\ln ${a}`;
    case 'neg':
      return '-1';
    case 'exp':
      return `e^{${a}}`;
    case 'log':
      return `\\frac{1}{${a}}`;
    case 'sqrt':
      return `\\frac{1}{2\\sqrt{${a}}}`;
    case 'abs':
      return `\\operatorname{sign}(${a})`;
    case 'sin':
      return `\\cos ${a}`;
    case 'cos':
      return `-\\sin ${a}`;
    case 'tanh':
      return `1 - ${g}^{2}`;
    case 'sigmoid':
      return `${g}\\,(1 - ${g})`;
    case 'relu':
      return `[${a} > 0]`;
    case 'max':
      return first ? `[${a} \\ge ${b}]` : `[${a} < ${b}]`;
    case 'min':
      return first ? `[${a} \\le ${b}]` : `[${a} > ${b}]`;
    default:
      return assertNever(op);
  }
}

const grad = (symbol: string): string => `\\frac{\\partial f}{\\partial ${symbol}}`;
const partial = (num: string, den: string): string => `\\frac{\\partial ${num}}{\\partial ${den}}`;

function inputsOf(analysis: GraphAnalysis, gate: GraphNodeResult): GraphNodeResult[] {
  return gate.inputs.flatMap((id) => analysis.byId.get(id) ?? []);
}

function forwardTex(analysis: GraphAnalysis, gate: GraphNodeResult): string[] {
  const op = gate.op ?? 'add';
  const [a, b] = inputsOf(analysis, gate);
  const sa = a === undefined ? '' : texSymbolOf(a);
  const sb = b === undefined ? '' : texSymbolOf(b);
  const na = texNum(a?.value ?? NaN);
  const nb = texNum(b?.value ?? NaN);
  const symbols = opTex(op, sa, sb);
  const numbers = opTex(op, texNum(a?.value ?? NaN, true), texNum(b?.value ?? NaN, true), na, nb);
  const g = texSymbolOf(gate);
  return [`${g} = ${symbols}`, `= ${numbers} = ${texNum(gate.value)}`];
}

function backwardTex(
  step: GateBackwardStep,
  analysis: GraphAnalysis,
  gate: GraphNodeResult,
  words: TexWords,
): string[] {
  const op = gate.op ?? 'add';
  const inputs = inputsOf(analysis, gate);
  const [a, b] = inputs;
  const sa = a === undefined ? '' : texSymbolOf(a);
  const sb = b === undefined ? '' : texSymbolOf(b);
  const g = texSymbolOf(gate);
  const upstream = gate.grad ?? NaN;
  const lines = [
    `\\text{${words.local}} \\cdot \\text{${words.upstream}} = \\text{${words.downstream}}`,
  ];
  inputs.forEach((input, slot) => {
    const local = gate.local[slot];
    const sent = gate.contributions[slot];
    if (typeof local !== 'number' || typeof sent !== 'number') return;
    const symbolic = localTex(op, slot, sa, sb, g);
    const number = texNum(local);
    const localNote =
      symbolic === number || /^-?1$/.test(symbolic) ? number : `${symbolic} = ${number}`;
    const share = `\\left.${grad(texSymbolOf(input))}\\right|_{${g}}`;
    lines.push(
      `\\underbrace{${partial(g, texSymbolOf(input))}}_{\\textstyle ${localNote}} \\cdot \\underbrace{${grad(g)}}_{\\textstyle ${texNum(upstream)}} = ${share} = ${texNum(sent)}`,
    );
  });
  const fanOut = step.params.fanOut ?? 0;
  if (step.narrationKey === 'graph.backward.fanout' && fanOut > 0) {
    const branches = step.operands.slice(-fanOut);
    lines.push(`${step.resultSymbol} = ${sumTex(branches.map((o) => o.symbol))}`);
    lines.push(
      `= ${sumTex(branches.map((o, i) => texNum(o.value, i > 0)))} = ${texNum(step.result)}`,
    );
  }
  return lines;
}

/** Most terms of a sum written out; a longer one shows its ends and counts the rest. */
const SUM_TERMS = 6;

/** Terms joined by +; past {@link SUM_TERMS}, the first three, ⋯ (how many), the last. */
function sumTex(terms: readonly string[]): string {
  if (terms.length <= SUM_TERMS) return terms.join(' + ');
  const left = terms.length - 4;
  return [...terms.slice(0, 3), `\\underbrace{\\cdots}_{${left}}`, terms.at(-1) ?? ''].join(' + ');
}

/** The TeX of a graph step; a network step has none here. */
export function graphStepTex(
  step: TraceStep,
  analysis: GraphAnalysis,
  words: TexWords = ENGLISH_WORDS,
): string[] {
  // NaN in words, upright: never N·a·N in math italic, never with a sign as if a number.
  const notReal = `\\text{${words.notReal}}`;
  return stepLines(step, analysis, words).map((line) =>
    line.replaceAll(`-${NOT_REAL_TEX}`, notReal).replaceAll(NOT_REAL_TEX, notReal),
  );
}

function stepLines(step: TraceStep, analysis: GraphAnalysis, words: TexWords): string[] {
  if (!isGraphStep(step)) return [];
  switch (step.kind) {
    case 'seed': {
      const out = analysis.byId.get(analysis.output);
      const symbol = out === undefined ? 'f' : texSymbolOf(out);
      return [`f = ${symbol}`, `${grad('f')} = ${step.resultSymbol} = 1`];
    }
    case 'gate-forward': {
      const gate = analysis.byId.get(step.params.gate);
      return gate === undefined || gate.kind !== 'gate' ? [] : forwardTex(analysis, gate);
    }
    case 'gate-backward': {
      const gate = analysis.byId.get(step.params.gate);
      return gate === undefined || gate.kind !== 'gate'
        ? []
        : backwardTex(step, analysis, gate, words);
    }
    default:
      return assertNever(step);
  }
}
