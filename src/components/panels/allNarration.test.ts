import { describe, expect, it } from 'vitest';
import {
  analyzeGraph,
  buildGraphTrace,
  buildNetworkTrace,
  GRAPH_PRESETS,
  graphPresetScenario,
  LECTURE_SCENARIO,
  parseScenario,
  TRAINING_PRESET_IDS,
  trainingPreset,
  type GraphScenario,
  type NetworkScenario,
} from '../../engine';
import { LANGUAGES, translate, type Language, type Translate } from '../../i18n/translate';
import { networkStepTex } from '../formula/tex';
import { narrateGraph } from '../graph/graphNarration';
import { graphStepTex } from '../graph/graphTex';
import { narrateNetworkStep } from './networkNarration';
import { networkPhaseSummary } from './networkPhaseSummary';

/**
 * Every narration line the app can say for the lecture's examples, both languages: every
 * step of the lecture network, a 3-5-4-2 network mixing activations, the training presets,
 * networks with the other costs and activations, every graph preset and expressions using
 * every gate; each step's sentence, the phase summaries, the start and the end. They are
 * read the way a careful reviewer reads them.
 */

function network(input: unknown): NetworkScenario {
  const parsed = parseScenario(input);
  if (!parsed.ok || parsed.scenario.kind !== 'network') throw new Error('scenario refused');
  return parsed.scenario;
}

const NETWORKS: readonly (readonly [string, NetworkScenario, number])[] = [
  ['lecture', LECTURE_SCENARIO, 0],
  [
    '3-5-4-2 mixed',
    network({
      version: 1,
      kind: 'network',
      layers: [3, 5, 4, 2],
      activation: ['relu', 'tanh', 'sigmoid'],
      loss: 'bce',
      samples: [
        { x: [0.5, -1, 2], y: [1, 0] },
        { x: [1, 1, 1], y: [0, 1] },
      ],
      learningRate: 0.1,
      reduction: 'mean',
      seed: 3,
    }),
    1,
  ],
  [
    'leaky-relu, linear, softmax cross-entropy',
    network({
      ...LECTURE_SCENARIO,
      activation: ['leaky-relu', 'tanh', 'linear'],
      loss: 'softmax-ce',
      samples: [{ x: [1, -1], y: [0.25, 0.75] }],
    }),
    0,
  ],
  ['mse', network({ ...LECTURE_SCENARIO, loss: 'mse' }), 0],
  ['sse', network({ ...LECTURE_SCENARIO, loss: 'sse' }), 0],
  ...TRAINING_PRESET_IDS.map((id) => [`training ${id}`, trainingPreset(id), 0] as const),
];

/** Graphs that use every gate, each way round where a constant takes part. */
const EXPRESSIONS: readonly GraphScenario[] = [
  { version: 1, kind: 'graph', expression: 'x - y + (2 - x) - (y - 3)', inputs: { x: -2, y: 5 } },
  { version: 1, kind: 'graph', expression: 'x / y + 1 / x + y / 4', inputs: { x: -2, y: 3 } },
  { version: 1, kind: 'graph', expression: 'x ^ y + 2 ^ x + x ^ -2', inputs: { x: 1.5, y: -1 } },
  {
    version: 1,
    kind: 'graph',
    expression: 'log(x) + sqrt(x) + abs(y) + sin(y) + cos(y) + tanh(y)',
    inputs: { x: 2, y: -0.5 },
  },
  {
    version: 1,
    kind: 'graph',
    expression: 'relu(x) + relu(y) + max(x, 1) + min(y, -1) + max(x, y) + min(x, y)',
    inputs: { x: -3, y: 2 },
  },
  { version: 1, kind: 'graph', expression: '-x * e^y * sigmoid(x * y)', inputs: { x: -1, y: 2 } },
];

const tr =
  (lang: Language): Translate =>
  (key, params) =>
    translate(lang, key, params);

function networkLines(scenario: NetworkScenario, sample: number, lang: Language): string[] {
  const t = tr(lang);
  const trace = buildNetworkTrace(scenario, sample);
  const lines = [t('narration.start'), t('narration.end')];
  trace.steps.forEach((step, i) => {
    lines.push(narrateNetworkStep(step, t));
    const summary = networkPhaseSummary(trace, i + 1, t);
    if (summary !== null) lines.push(summary);
  });
  return lines;
}

function graphLines(scenario: GraphScenario, lang: Language): string[] {
  const analysis = analyzeGraph(scenario);
  const trace = buildGraphTrace(analysis);
  const total = trace.steps.length;
  return Array.from({ length: total + 1 }, (_, cursor) =>
    narrateGraph(trace.steps[cursor - 1], analysis, cursor, total, tr(lang)),
  );
}

/** Function names that stay in Latin letters in Chinese, as Chinese textbooks write them. */
const NAMES_IN_CHINESE = new Set([
  'sigmoid',
  'tanh',
  'ReLU',
  'LeakyReLU',
  'softmax',
  'exp',
  'log',
  'sin',
  'cos',
  'max',
  'min',
  'sqrt',
  'abs',
]);

/** Everything a sentence must never say. */
function problems(line: string, lang: Language, names: ReadonlySet<string>): string[] {
  const found: string[] = [];
  const check = (pattern: RegExp, what: string) => {
    const m = pattern.exec(line);
    if (m !== null) found.push(`${what}: “${m[0]}”`);
  };
  check(/[−-]\s?[−-]|\+\s?[−-]|[−-]\s?\+/, 'a double sign');
  check(/(?:[×·+÷^/]|\s−)\s*−\s?[\d(]/, 'a negative operand without parentheses');
  check(/\{\w+\}/, 'a placeholder left');
  // A lone em dash is how a missing number prints; Chinese writes its dash doubled (——).
  check(/NaN|Infinity|undefined|(?<!—)—(?!—)/, 'a number that is not one');
  if (lang === 'zh') {
    for (const word of line.match(/[A-Za-z][A-Za-z_-]{2,}\w*/g) ?? [])
      if (!NAMES_IN_CHINESE.has(word) && !names.has(word))
        found.push(`English in Chinese: “${word}”`);
    check(/[\u4e00-\u9fff][,;:?!]|[,;:?!][\u4e00-\u9fff]/, 'half-width punctuation');
    check(/[。；：，] /, 'a space after a Chinese mark');
    check(/乘上/, '乘上 (乘以)');
  }
  return found;
}

describe('every narration line, both languages', () => {
  it.each(NETWORKS.flatMap(([name, s, n]) => LANGUAGES.map((lang) => [name, lang, s, n] as const)))(
    'network %s in %s',
    (_, lang, scenario, samples) => {
      for (let sample = 0; sample <= samples; sample++) {
        for (const line of networkLines(scenario, sample, lang))
          expect(problems(line, lang, new Set()), line).toEqual([]);
      }
    },
  );

  const graphs = [...GRAPH_PRESETS.map((p) => graphPresetScenario(p.id)), ...EXPRESSIONS];
  it.each(graphs.flatMap((g) => LANGUAGES.map((lang) => [g.expression, lang, g] as const)))(
    'graph %s in %s',
    (_, lang, scenario) => {
      const names = new Set(Object.keys(scenario.inputs));
      for (const line of graphLines(scenario, lang))
        expect(problems(line, lang, names), line).toEqual([]);
    },
  );

  it('vary from step to step: no two gradient or update steps of the lecture say the same', () => {
    for (const lang of LANGUAGES) {
      const trace = buildNetworkTrace(LECTURE_SCENARIO);
      const lines = trace.steps
        .filter((s) => s.phase === 'gradients' || s.phase === 'update')
        .map((s) => narrateNetworkStep(s, tr(lang)));
      expect(new Set(lines).size).toBe(lines.length);
    }
  });
});

describe('every formula', () => {
  const operandAfterOperator = /(?:\+|\\cdot|\\times(?! 10\^)|\^)\s*-/;
  it.each(NETWORKS.map(([name, s]) => [name, s] as const))('network %s', (_, scenario) => {
    for (const step of buildNetworkTrace(scenario).steps)
      for (const line of networkStepTex(step)) expect(line).not.toMatch(operandAfterOperator);
  });

  it.each([...GRAPH_PRESETS.map((p) => graphPresetScenario(p.id)), ...EXPRESSIONS])(
    'graph $expression',
    (scenario) => {
      const analysis = analyzeGraph(scenario);
      for (const step of buildGraphTrace(analysis).steps)
        for (const line of graphStepTex(step, analysis))
          expect(line.replace(/10\^\{-/g, ''), line).not.toMatch(operandAfterOperator);
    },
  );
});
