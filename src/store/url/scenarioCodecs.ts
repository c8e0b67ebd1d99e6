import {
  LIMITS,
  parseScenario,
  parseScenarioText,
  type GraphScenario,
  type InputIssue,
  type NetworkScenario,
  type ParseResult,
  type Scenario,
} from '../../engine';
import { defaultState } from '../initialState';
import { refuse, type CompactCodec, type ReadableCodec } from './fieldCodecs';

/**
 * The scenarios in links. Compact links carry the network and the graph flat and in full
 * precision (JSON numbers round-trip exactly), so a link reproduces the sender's numbers
 * exactly; a scenario equal to the default is left out, and an absent one means the
 * default. Whatever a link holds goes through the same validation as a scenario file.
 */

/** The compact network: short keys, parameters flattened. Links already shared use it. */
type CompactNetwork = {
  /** layers */
  L: number[];
  /** activation: one name, or one per non-input layer */
  a: string | string[];
  /** loss */
  o: string;
  /** weights, flattened layer by layer, row by row */
  w: number[];
  /** biases, flattened */
  b: number[];
  /** samples: each is x followed by y */
  x: number[][];
  /** learning rate */
  e: number;
  r?: 'mean';
  d?: number;
};

function compactNetwork(s: NetworkScenario): CompactNetwork {
  const uniform = s.activation.every((a) => a === s.activation[0]);
  return {
    L: [...s.layers],
    a: uniform ? (s.activation[0] ?? 'sigmoid') : [...s.activation],
    o: s.loss,
    w: s.weights.flatMap((W) => W.flatMap((row) => [...row])),
    b: s.biases.flatMap((b) => [...b]),
    x: s.samples.map((example) => [...example.x, ...example.y]),
    e: s.learningRate,
    ...(s.reduction === 'mean' ? { r: 'mean' as const } : {}),
    ...(s.seed !== undefined ? { d: s.seed } : {}),
  };
}

/**
 * Turns a compact network back into the scenario JSON of DESIGN.md. Shapes that do not
 * add up are passed on as they are, for the validator to name.
 */
function expandNetwork(raw: unknown): unknown {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return raw;
  const n = raw as Record<string, unknown>;
  // Within the engine's limits only, so that no hostile shape makes huge arrays here.
  const layers = Array.isArray(n.L) && n.L.length <= LIMITS.maxLayers ? (n.L as unknown[]) : [];
  const sizes = layers.map((v) =>
    typeof v === 'number' && Number.isInteger(v) && v > 0 && v <= LIMITS.maxNeurons ? v : 0,
  );
  const flatW = Array.isArray(n.w) ? (n.w as unknown[]) : [];
  const flatB = Array.isArray(n.b) ? (n.b as unknown[]) : [];
  const expected = sizes.slice(1).reduce((t, size, l) => t + size * (sizes[l] ?? 0), 0);
  const expectedB = sizes.slice(1).reduce((t, size) => t + size, 0);
  let weights: unknown = n.w;
  let biases: unknown = n.b;
  if (sizes.every((s) => s > 0) && flatW.length === expected && flatB.length === expectedB) {
    let i = 0;
    weights = sizes
      .slice(1)
      .map((size, l) =>
        Array.from({ length: size }, () => Array.from({ length: sizes[l] ?? 0 }, () => flatW[i++])),
      );
    let k = 0;
    biases = sizes.slice(1).map((size) => Array.from({ length: size }, () => flatB[k++]));
  }
  const inputs = sizes[0] ?? 0;
  const samples = Array.isArray(n.x)
    ? (n.x as unknown[]).map((row) =>
        Array.isArray(row) ? { x: row.slice(0, inputs), y: row.slice(inputs) } : row,
      )
    : n.x;
  return {
    version: 1,
    kind: 'network',
    layers: n.L,
    activation: n.a,
    loss: n.o,
    weights,
    biases,
    samples,
    learningRate: n.e,
    ...(n.r !== undefined ? { reduction: n.r } : {}),
    ...(n.d !== undefined ? { seed: n.d } : {}),
  };
}

function expandGraph(raw: unknown): unknown {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return raw;
  const g = raw as Record<string, unknown>;
  return { version: 1, kind: 'graph', expression: g.e, inputs: g.i };
}

/** The scenario a parse gave, or undefined after recording its issues under `scenario`. */
function accepted(parsed: ParseResult<Scenario>, issues: InputIssue[]): Scenario | undefined {
  if (parsed.ok) return parsed.scenario;
  issues.push(
    ...parsed.errors.map((e) => ({
      ...e,
      path: e.path === '' ? 'scenario' : `scenario.${e.path}`,
    })),
  );
  return undefined;
}

export const compactNetworkCodec: CompactCodec<NetworkScenario> = {
  key: 'n',
  write: compactNetwork,
  read: (raw, issues) => {
    if (raw === undefined) return defaultState().network;
    const scenario = accepted(parseScenario(expandNetwork(raw)), issues);
    return scenario?.kind === 'network' ? scenario : undefined;
  },
};

export const compactGraphCodec: CompactCodec<GraphScenario> = {
  key: 'g',
  write: (graph) => ({ e: graph.expression, i: { ...graph.inputs } }),
  read: (raw, issues) => {
    if (raw === undefined) return defaultState().graph;
    const scenario = accepted(parseScenario(expandGraph(raw)), issues);
    return scenario?.kind === 'graph' ? scenario : undefined;
  },
};

/** `scenario=<URI-encoded scenario JSON>` of a readable link: a network or a graph. */
export const readableScenario: ReadableCodec<Scenario> = {
  name: 'scenario',
  read: (text, issues) =>
    /^\s*%(7B|5B|22)/i.test(text)
      ? refuse(
          issues,
          'scenario',
          'double-encoded',
          'the scenario is URI-encoded twice: encode the JSON once (encodeURIComponent)',
          {},
        )
      : accepted(parseScenarioText(text), issues),
};
