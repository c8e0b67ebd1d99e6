import {
  isNetworkStep,
  type Activation,
  type AmpStep,
  type AStep,
  type CostStep,
  type DCdyStep,
  type DWStep,
  type SumStep,
  type TraceStep,
  type UpdateBStep,
  type UpdateWStep,
  type ZStep,
} from '../../engine';
import type { Translate } from '../../i18n/translate';
import { assertNever } from '../../lib/assertNever';
import { formatNumber, formatShare, joinSentences, subscript } from '../../lib/format';
import { narrationWords, sumOf, type NarrationWords } from './narrationText';
import { plainSymbol } from './plainSymbol';

/**
 * A network step's narration, as the narration panel and the exports say it: what the
 * step does and why, in the lecture's words, quoting the step's own numbers and symbols
 * (its operands and result), so that each step says something of its own. Everything
 * comes from the step itself, so the same step always reads the same.
 */
export function narrateNetworkStep(step: TraceStep, t: Translate): string {
  if (!isNetworkStep(step)) return t(step.narrationKey);
  const w = narrationWords(t);
  switch (step.kind) {
    case 'z':
      return zSentence(step, w);
    case 'a':
      return aSentence(step, w);
    case 'cost':
      return costSentence(step, w);
    case 'dCdy':
      return outputSentence(step, w);
    case 'sum':
      return sumSentence(step, w);
    case 'amp':
      return ampSentence(step, w);
    case 'dW':
      return weightGradientSentence(step, w);
    case 'db':
      return t('network.gradient.b', {
        sub: subscript(step.params.neuron),
        value: w.num(step.result),
      });
    case 'update-w':
    case 'update-b':
      return updateSentence(step, w);
    default:
      return assertNever(step);
  }
}

/** Pairs of operands (weight, input) or (weight, δ), as the trace lists them. */
function pairs(step: { readonly operands: TraceStep['operands'] }) {
  const out: { w: TraceStep['operands'][number]; v: TraceStep['operands'][number] }[] = [];
  for (let i = 0; i + 1 < step.operands.length; i += 2) {
    const w = step.operands[i];
    const v = step.operands[i + 1];
    if (w !== undefined && v !== undefined) out.push({ w, v });
  }
  return out;
}

function zSentence(step: ZStep, { t, num, list }: NarrationWords): string {
  const sub = subscript(step.params.neuron);
  const z = `z${sub}`;
  const dzdw = pairs(step).map(
    ({ w, v }) => `∂${z}/∂${plainSymbol(w.symbol)} = ${plainSymbol(v.symbol)} = ${num(v.value)}`,
  );
  const bias = step.operands[step.operands.length - 1];
  return t('network.forward.z', {
    neuron: step.params.neuron,
    sub,
    z: num(step.result),
    b: num(bias?.value),
    dzdw: list(dzdw),
  });
}

/** How a sentence writes each activation applied to z; a linear unit's a is z itself. */
const FUNCTION_NAMES: Readonly<Record<Activation, string | null>> = {
  sigmoid: 'σ',
  tanh: 'tanh',
  relu: 'ReLU',
  'leaky-relu': 'LeakyReLU',
  linear: null,
};

function aSentence(step: AStep, { t, num }: NarrationWords): string {
  const { neuron, activation, output } = step.params;
  const sub = subscript(neuron);
  const z = step.operands[0]?.value;
  const name = FUNCTION_NAMES[activation];
  const params = {
    neuron,
    sub,
    outputSub: subscript(output),
    activationName: t(`activation.${activation}`),
    applied: name === null ? `z${sub}` : `${name}(z${sub}) = ${name}(${num(z)})`,
    a: num(step.result),
  };
  if (output > 0) return t('network.forward.a.output', params);
  const off = activation === 'relu' && step.result === 0 && z !== undefined && z < 0;
  return joinSentences(t('network.forward.a', params), off ? t('network.forward.off', params) : '');
}

function costSentence(step: CostStep, { t, num, list }: NarrationWords): string {
  const outputs: string[] = [];
  const targets: string[] = [];
  pairs(step).forEach(({ w: a, v: y }, j) => {
    outputs.push(`y${subscript(j + 1)} = ${num(a.value)}`);
    targets.push(`${plainSymbol(y.symbol)} = ${num(y.value)}`);
  });
  return t('network.cost', {
    outputs: list(outputs),
    targets: list(targets),
    lossName: t(`loss.${step.params.loss}`),
    value: num(step.result),
  });
}

function outputSentence(step: DCdyStep, { t, num }: NarrationWords): string {
  const { neuron, output } = step.params;
  const outputSub = subscript(output);
  const [a, target] = step.operands;
  const value = step.result;
  const direction =
    value < 0 ? 'negative' : value > 0 ? 'positive' : value === 0 ? 'zero' : undefined;
  return t('network.backward.output', {
    neuron,
    output,
    sub: subscript(neuron),
    outputSub,
    value: num(value),
    y: num(a?.value),
    target: num(target?.value),
    direction: direction === undefined ? '' : t(`network.direction.${direction}`, { outputSub }),
  });
}

function sumSentence(step: SumStep, { t, num, op, list }: NarrationWords): string {
  const sub = subscript(step.params.neuron);
  const a = `a${sub}`;
  const terms = pairs(step).map(({ w, v }) => {
    const delta = plainSymbol(v.symbol);
    return { w, v, delta, z: delta.replace('δ', 'z'), size: Math.abs(w.value * v.value) };
  });
  const first = terms[0];
  const sentence = t('network.backward.sum', {
    neuron: step.params.neuron,
    sub,
    zs: list(terms.map((term) => term.z)),
    chain: sumOf(terms.map((term) => `∂${term.z}/∂${a} · ${term.delta}`)),
    firstLocal: first === undefined ? '' : `∂${first.z}/∂${a} = ${plainSymbol(first.w.symbol)}`,
    numbers: sumOf(terms.map((term) => `${op(term.w.value)} · ${op(term.v.value)}`)),
    value: num(step.result),
  });
  const largest = terms.reduce<(typeof terms)[number] | undefined>(
    (best, term) => (best === undefined || term.size > best.size ? term : best),
    undefined,
  );
  const worthSaying = terms.length >= 2 && largest !== undefined && Number.isFinite(largest.size);
  return joinSentences(
    sentence,
    worthSaying ? t('network.backward.largest', { largestSub: largest.z.slice(1) }) : '',
  );
}

function ampSentence(step: AmpStep, { t, num }: NarrationWords): string {
  const { neuron, activation, output } = step.params;
  const sub = subscript(neuron);
  const [z, gain, input] = step.operands;
  const inputSymbol = plainSymbol(input?.symbol ?? '');
  const delta = step.result;
  const sentence = t(output === 1 ? 'network.backward.amp.output' : 'network.backward.amp', {
    neuron,
    sub,
    outputSub: inputSymbol.replace(/^∂C\/∂y/, ''),
    input: num(input?.value),
    gain: num(gain?.value),
    z: num(z?.value),
    delta: num(delta),
  });
  const gainNote = t(`network.gain.${activation}`, { share: formatShare(gain?.value ?? NaN) });
  const sensitivity =
    delta === 0
      ? t('network.sensitivity.zero', { sub })
      : Number.isFinite(delta)
        ? t('network.sensitivity', { sub, change: num(0.01 * delta) })
        : '';
  return joinSentences(sentence, gainNote, sensitivity);
}

/**
 * A parameter before or after its update, with enough digits for the change to show:
 * 1.00178, not 1, when the step is 0.00178.
 */
function shown(value: number, change: number): string {
  if (!Number.isFinite(value) || !Number.isFinite(change) || change === 0 || value === 0)
    return formatNumber(value);
  const extra = Math.floor(Math.log10(Math.abs(value))) - Math.floor(Math.log10(Math.abs(change)));
  return formatNumber(value, Math.min(12, 3 + Math.max(0, extra)));
}

/** The weight a gradient or update step is about, from its result symbol ∂C/∂w₅,₃. */
const weightOf = (resultSymbol: string): string =>
  plainSymbol(resultSymbol.replace(/^\\frac\{\\partial C\}\{\\partial (.*)\}$/, '$1'));

function weightGradientSentence(step: DWStep, { t, num, op }: NarrationWords): string {
  const sub = subscript(step.params.neuron);
  const [a, delta] = step.operands;
  const aSym = plainSymbol(a?.symbol ?? '');
  const sentence = t('network.gradient.w', {
    sub,
    w: weightOf(step.resultSymbol),
    aSym,
    aVal: op(a?.value),
    deltaVal: op(delta?.value),
    value: num(step.result),
  });
  const effect =
    delta?.value === 0
      ? t('network.gradient.noDelta', { sub, neuron: step.params.neuron })
      : inputEffect(a?.value ?? NaN, aSym, sub, t);
  return joinSentences(sentence, effect);
}

/** What the weight's input does to δ: passes it, flips it, shrinks or enlarges it. */
function inputEffect(input: number, aSym: string, sub: string, t: Translate): string {
  const size = Math.abs(input);
  const params = { aSym, sub, share: formatShare(size), factor: formatNumber(size) };
  if (!Number.isFinite(input)) return '';
  if (input === 0) return t('network.gradient.zero', params);
  if (input === 1) return t('network.gradient.same', params);
  if (input === -1) return t('network.gradient.flip', params);
  if (size < 1)
    return t(input < 0 ? 'network.gradient.smallerFlip' : 'network.gradient.smaller', params);
  return t(input < 0 ? 'network.gradient.largerFlip' : 'network.gradient.larger', params);
}

function updateSentence(step: UpdateWStep | UpdateBStep, { t, num, op }: NarrationWords): string {
  const [p, eta, g] = step.operands;
  const param = plainSymbol(p?.symbol ?? '');
  const old = p?.value ?? NaN;
  const gradient = g?.value ?? NaN;
  const stepValue = (eta?.value ?? NaN) * gradient;
  const key = step.kind === 'update-w' ? 'network.update.w' : 'network.update.b';
  const sentence = t(key, {
    param,
    eta: num(eta?.value),
    grad: op(gradient),
    stepValue: num(stepValue),
    stepOperand: op(stepValue),
    old: shown(old, step.result - old),
    next: shown(step.result, step.result - old),
  });
  const change = { param, change: num(Math.abs(step.result - old)) };
  const direction =
    gradient < 0
      ? t('network.update.grows', change)
      : gradient > 0
        ? t('network.update.shrinks', change)
        : gradient === 0
          ? t('network.update.stays', change)
          : '';
  const { samples, reduction } = step.params;
  const lossNote =
    samples === 1
      ? t('network.update.one')
      : t(reduction === 'mean' ? 'network.update.mean' : 'network.update.sum', { samples, param });
  return joinSentences(sentence, direction, lossNote);
}
