import {
  ACTIVATION_SPECS,
  type CostStep,
  type DCdyStep,
  type Operand,
  type TraceStep,
} from '../../engine';
import { assertNever } from '../../lib/assertNever';
import { formatNumber } from '../../lib/format';

/** A number for TeX: a few significant digits, negatives in parentheses when multiplied. */
export function texNumber(value: number, wrap = false): string {
  const text = formatNumber(value, 4)
    .replace(/\u2212/g, '-')
    .replace(/×10([⁻⁰¹²³⁴⁵⁶⁷⁸⁹]+)/, (_m, e: string) => `\\times 10^{${fromSuperscript(e)}}`)
    .replace('∞', '\\infty');
  return wrap && (value < 0 || text.includes('times')) ? `(${text})` : text;
}

function fromSuperscript(text: string): string {
  const map = '⁰¹²³⁴⁵⁶⁷⁸⁹';
  return [...text].map((c) => (c === '⁻' ? '-' : String(map.indexOf(c)))).join('');
}

const partial = (num: string, den: string) => `\\frac{\\partial ${num}}{\\partial ${den}}`;

/** The z whose δ a step reads: δ₅ = ∂C/∂z₅, so `\\delta_{5}` → `z_{5}`. */
const zOf = (delta: string | undefined): string => (delta ?? '\\delta').replace('\\delta', 'z');

/** Pairs of operands (w, a) or (w, δ) as a sum of products, first in symbols, then numbers. */
function sumOfProducts(ops: readonly Operand[], count: number): [string, string] {
  const symbols: string[] = [];
  const numbers: string[] = [];
  for (let i = 0; i < count; i++) {
    const w = ops[2 * i];
    const v = ops[2 * i + 1];
    if (w === undefined || v === undefined) continue;
    symbols.push(`${w.symbol}${v.symbol}`);
    numbers.push(`${texNumber(w.value, true)}\\cdot${texNumber(v.value, true)}`);
  }
  return [symbols.join(' + '), numbers.join(' + ')];
}

/** Long sums are elided in the middle so the formula still fits on one line. */
function elide(terms: string, max = 6): string {
  const parts = terms.split(' + ');
  if (parts.length <= max) return terms;
  return [...parts.slice(0, 3), '\\cdots', ...parts.slice(-2)].join(' + ');
}

/**
 * The TeX of a network step: the formula in symbols, then with the numbers plugged in,
 * then the result, e.g. z₃ = w₃,₁a₁ + w₃,₂a₂ + b₃ = 2·0.982 + (−1)·0.119 + 0 = 1.84.
 * Returns lines, each a display formula. A graph step gets the generic form.
 */
export function networkStepTex(step: TraceStep): string[] {
  const ops = step.operands;
  const result = texNumber(step.result);
  const res = step.resultSymbol;
  switch (step.kind) {
    case 'z': {
      const count = Math.floor(ops.length / 2);
      const b = ops[ops.length - 1];
      const [sym, num] = sumOfProducts(ops, count);
      return [
        `${res} = ${elide(sym)} + ${b?.symbol ?? 'b'}`,
        `= ${elide(num)} + ${texNumber(b?.value ?? NaN, true)}`,
        `= ${result}`,
      ];
    }
    case 'a': {
      const { formula, name } = ACTIVATION_SPECS[step.params.activation].tex;
      const z = ops[0];
      const value = texNumber(z?.value ?? NaN);
      const plugged = name === null ? value : `${name}(${value})`;
      return [`${res} = ${formula.replace(/z/g, z?.symbol ?? 'z')}`, `= ${plugged} = ${result}`];
    }
    case 'cost':
      return costTex(step);
    case 'dCdy':
      return dCdyTex(step);
    case 'sum': {
      const [sym, num] = sumOfProducts(ops, Math.floor(ops.length / 2));
      return [`${res} = ${elide(sym)}`, `= ${elide(num)}`, `= ${result}`];
    }
    case 'amp': {
      const [z, gain, input] = ops;
      const { derivative } = ACTIVATION_SPECS[step.params.activation].tex;
      return [
        `${res} = ${gain?.symbol ?? ''} \\cdot ${input?.symbol ?? ''}`,
        `= ${texNumber(gain?.value ?? NaN, true)} \\cdot ${texNumber(input?.value ?? NaN, true)} = ${result}`,
        `${derivative},\\; ${z?.symbol ?? 'z'} = ${texNumber(z?.value ?? NaN)}`,
      ];
    }
    case 'dW': {
      const [a, delta] = ops;
      const w = res.replace(/^\\frac\{\\partial C\}\{\\partial (.*)\}$/, '$1');
      const z = zOf(delta?.symbol);
      return [
        `${res} = ${partial(z, w)} \\cdot ${partial('C', z)} = ${a?.symbol ?? ''} \\cdot ${delta?.symbol ?? ''}`,
        `= ${texNumber(a?.value ?? NaN, true)} \\cdot ${texNumber(delta?.value ?? NaN, true)} = ${result}`,
      ];
    }
    case 'db': {
      const [delta] = ops;
      const b = res.replace(/^\\frac\{\\partial C\}\{\\partial (.*)\}$/, '$1');
      const z = zOf(delta?.symbol);
      return [
        `${res} = ${partial(z, b)} \\cdot ${partial('C', z)} = 1 \\cdot ${delta?.symbol ?? ''} = ${result}`,
      ];
    }
    case 'update-w':
    case 'update-b': {
      const [p, eta, g] = ops;
      return [
        `${res} = ${p?.symbol ?? ''} - \\eta\\, ${g?.symbol ?? ''}`,
        `= ${texNumber(p?.value ?? NaN)} - ${texNumber(eta?.value ?? NaN)} \\cdot ${texNumber(g?.value ?? NaN, true)} = ${result}`,
      ];
    }
    case 'gate-forward':
    case 'seed':
    case 'gate-backward':
      return genericTex(step);
    default:
      return assertNever(step);
  }
}

function costTex(step: CostStep): string[] {
  const n = Math.floor(step.operands.length / 2);
  const diffs = Array.from({ length: n }, (_, j) => {
    const a = step.operands[2 * j];
    const y = step.operands[2 * j + 1];
    return `(${texNumber(a?.value ?? NaN)} - ${texNumber(y?.value ?? NaN, true)})^2`;
  });
  const sum = elide(diffs.join(' + '), 4);
  const result = texNumber(step.result);
  const loss = step.params.loss;
  // y_j is output j of the network (the activation of output neuron j), ŷ_j its target.
  switch (loss) {
    case 'half-sse':
      return ['C = \\tfrac12 \\sum_j (y_j - \\hat y_j)^2', `= \\tfrac12 [${sum}] = ${result}`];
    case 'sse':
      return ['C = \\sum_j (y_j - \\hat y_j)^2', `= ${sum} = ${result}`];
    case 'mse':
      return [
        `C = \\tfrac{1}{${n}} \\sum_j (y_j - \\hat y_j)^2`,
        `= \\tfrac{1}{${n}} [${sum}] = ${result}`,
      ];
    case 'bce':
      return ['C = -\\sum_j [\\hat y_j \\ln y_j + (1 - \\hat y_j) \\ln(1 - y_j)]', `= ${result}`];
    case 'softmax-ce':
      return ['C = -\\sum_j \\hat y_j \\ln \\mathrm{softmax}(y)_j', `= ${result}`];
    default:
      return assertNever(loss);
  }
}

function dCdyTex(step: DCdyStep): string[] {
  const [a, y] = step.operands;
  const res = step.resultSymbol;
  const result = texNumber(step.result);
  const av = texNumber(a?.value ?? NaN);
  const yv = texNumber(y?.value ?? NaN, true);
  const as = a?.symbol ?? 'a';
  const ys = y?.symbol ?? '\\hat y';
  const { loss, output, outputs } = step.params;
  switch (loss) {
    case 'half-sse':
      return [`${res} = ${as} - ${ys} = ${av} - ${yv} = ${result}`];
    case 'sse':
      return [`${res} = 2(${as} - ${ys}) = 2(${av} - ${yv}) = ${result}`];
    case 'mse':
      // C averages over the outputs, so each output's share is 1/outputs.
      return [
        `${res} = \\tfrac{2}{${outputs}}(${as} - ${ys}) = \\tfrac{2}{${outputs}}(${av} - ${yv}) = ${result}`,
      ];
    case 'bce':
      return [
        `${res} = \\frac{${as} - ${ys}}{${as}(1 - ${as})} = \\frac{${av} - ${yv}}{${av}\\,(1 - ${av})} = ${result}`,
      ];
    case 'softmax-ce':
      // What the engine computes: (Σ ŷ)·softmax(y)_j − ŷ_j, which is softmax(y)_j − ŷ_j
      // when the targets add up to 1.
      return [
        `${res} = \\Big(\\textstyle\\sum_k \\hat y_k\\Big)\\,\\mathrm{softmax}(y)_{${output}} - ${ys}`,
        `= ${result}`,
      ];
    default:
      return assertNever(loss);
  }
}

/** Any step: result = f(operands), with the operands' values listed. */
export function genericTex(step: TraceStep): string[] {
  const values = step.operands.map((o) => `${o.symbol} = ${texNumber(o.value)}`).join(',\\; ');
  return [`${step.resultSymbol} = ${texNumber(step.result)}`, ...(values ? [values] : [])];
}
