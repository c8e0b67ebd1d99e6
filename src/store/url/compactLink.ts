import LZString from 'lz-string';
import {
  parseScenario,
  type GraphScenario,
  type InputIssue,
  type NetworkScenario,
} from '../../engine';
import { isLanguage } from '../../i18n/translate';
import { DEFAULT_TRAINING_RATE, defaultState } from '../initialState';
import { SCENES, SPEEDS, type SceneName, type SourceState, type Speed } from '../types';
import {
  MAX_LINK_LENGTH,
  readOption,
  readViewOptions,
  type LinkRequest,
  type LinkResult,
} from './readableLink';

/**
 * Compact share links: `?s=1.<payload>`, where the payload is the state as short-keyed
 * JSON, compressed with lz-string into URL-safe characters. The leading `1.` is the format
 * version: a later version adds a new prefix and keeps reading this one.
 *
 * Parameters are written flat and in full precision (JSON numbers round-trip exactly), so
 * a link reproduces the sender's numbers exactly. The lecture's network and the default
 * graph are left out, which keeps the default state's link a few dozen characters long.
 */
export const LINK_VERSION = 1;
export const LINK_PARAM = 's';

interface CompactNetwork {
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
}

interface CompactGraph {
  e: string;
  i: Record<string, number>;
}

interface PayloadV1 {
  c: SceneName;
  s: number;
  l: string;
  p?: number;
  m?: number;
  /** training iteration */
  t?: number;
  /** training speed, steps per second */
  q?: number;
  /** chapter */
  h?: number;
  /** presenter mode */
  r?: 1;
  /** theme */
  k?: string;
  /** hidden parts */
  x?: string[];
  /** embed */
  b?: 1;
  n?: CompactNetwork;
  g?: CompactGraph;
}

/** The state a link carries (document, scene, step, view options, language). */
export type LinkedState = Pick<
  SourceState,
  | 'scene'
  | 'cursor'
  | 'lang'
  | 'speed'
  | 'sample'
  | 'iteration'
  | 'trainingRate'
  | 'network'
  | 'graph'
  | 'chapter'
  | 'presenter'
  | 'theme'
  | 'hidden'
  | 'embed'
>;

export function encodeLink(
  state: LinkedState,
  defaults: { network: NetworkScenario; graph: GraphScenario },
): string {
  const payload: PayloadV1 = { c: state.scene, s: state.cursor, l: state.lang };
  if (state.speed !== 1) payload.p = state.speed;
  if (state.sample !== 0) payload.m = state.sample;
  if (state.iteration !== 0) payload.t = state.iteration;
  if (state.trainingRate !== DEFAULT_TRAINING_RATE) payload.q = state.trainingRate;
  if (state.chapter !== null) payload.h = state.chapter;
  if (state.presenter) payload.r = 1;
  if (state.theme !== 'system') payload.k = state.theme;
  if (state.hidden.length > 0) payload.x = [...state.hidden];
  if (state.embed) payload.b = 1;
  if (!sameJson(state.network, defaults.network)) payload.n = compactNetwork(state.network);
  if (!sameJson(state.graph, defaults.graph))
    payload.g = { e: state.graph.expression, i: { ...state.graph.inputs } };
  return `${LINK_VERSION}.${LZString.compressToEncodedURIComponent(JSON.stringify(payload))}`;
}

function sameJson(a: unknown, b: unknown): boolean {
  return a === b || JSON.stringify(a) === JSON.stringify(b);
}

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

const fail = (
  code: string,
  message: string,
  params?: Record<string, string | number>,
): LinkResult => ({
  ok: false,
  errors: [{ path: 's', code, message, ...(params ? { params } : {}) }],
});

/** Reads a compact link's value (what follows `s=`). Never throws. */
export function decodeLink(value: string): LinkResult {
  if (value.length > MAX_LINK_LENGTH)
    return fail('link-too-long', `the link is longer than ${MAX_LINK_LENGTH / 1024} KB`, {
      max: MAX_LINK_LENGTH / 1024,
    });
  const dot = value.indexOf('.');
  const version = dot > 0 ? value.slice(0, dot) : '';
  if (version !== String(LINK_VERSION)) {
    return fail(
      'link-version',
      `this link was written by a version of the app that this one cannot read (format "${version.slice(0, 8)}")`,
      { found: version.slice(0, 8) },
    );
  }
  let json: string | null;
  try {
    json = LZString.decompressFromEncodedURIComponent(value.slice(dot + 1));
  } catch {
    json = null;
  }
  if (json === null || json === '')
    return fail('link-damaged', 'the link is damaged or cut short: copy it again, whole');
  let payload: unknown;
  try {
    payload = JSON.parse(json);
  } catch {
    return fail('link-damaged', 'the link is damaged or cut short: copy it again, whole');
  }
  return readPayload(payload);
}

function readPayload(payload: unknown): LinkResult {
  if (typeof payload !== 'object' || payload === null || Array.isArray(payload))
    return fail('link-damaged', 'the link is damaged or cut short: copy it again, whole');
  const p = payload as Record<string, unknown>;
  const errors: InputIssue[] = [];
  const request: { -readonly [K in keyof LinkRequest]: LinkRequest[K] } = {};
  const scene = readOption(p.c, SCENES, 'scene', errors, 's.scene');
  if (scene !== undefined) request.scene = scene;
  if (typeof p.s === 'number' && Number.isSafeInteger(p.s) && p.s >= 0) request.step = p.s;
  else
    errors.push({
      path: 's.step',
      code: 'bad-step',
      message: 'the step must be a whole number',
      params: { found: String(p.s).slice(0, 20) },
    });
  if (isLanguage(p.l)) request.lang = p.l;
  if (p.p !== undefined) {
    if ((SPEEDS as readonly unknown[]).includes(p.p)) request.speed = p.p as Speed;
    else
      errors.push({
        path: 's.speed',
        code: 'bad-speed',
        message: `speed must be one of ${SPEEDS.join(', ')}`,
        params: { options: SPEEDS.join(', ') },
      });
  }
  if (p.m !== undefined) {
    if (typeof p.m === 'number' && Number.isSafeInteger(p.m) && p.m >= 0) request.sample = p.m;
    else
      errors.push({
        path: 's.sample',
        code: 'bad-sample',
        message: 'the sample must be a whole number',
      });
  }
  // A link leaves out a scenario that is the default, so a missing one means the default.
  const defaults = defaultState();
  request.network = defaults.network;
  request.graph = defaults.graph;
  if (p.q !== undefined) {
    if (typeof p.q === 'number' && Number.isFinite(p.q) && p.q >= 1 && p.q <= 100_000)
      request.trainingRate = p.q;
    else
      errors.push({
        path: 's.rate',
        code: 'bad-rate',
        message: 'the training speed must be from 1 to 100,000 steps per second',
      });
  }
  if (p.t !== undefined) {
    if (typeof p.t === 'number' && Number.isSafeInteger(p.t) && p.t >= 0) request.iteration = p.t;
    else
      errors.push({
        path: 's.iteration',
        code: 'bad-iteration',
        message: 'the training iteration must be a whole number',
      });
  }
  // View options go through the same reader as readable links.
  const view = new URLSearchParams();
  if (p.h !== undefined) view.set('chapter', String(p.h));
  if (p.r !== undefined) view.set('presenter', String(p.r));
  if (p.k !== undefined) view.set('theme', String(p.k));
  if (p.x !== undefined)
    view.set('hide', Array.isArray(p.x) ? p.x.map(String).join(',') : String(p.x));
  if (p.b !== undefined) view.set('embed', String(p.b));
  Object.assign(request, readViewOptions(view, errors));
  const scenarios: unknown[] = [];
  if (p.n !== undefined) scenarios.push(expandNetwork(p.n));
  if (p.g !== undefined) scenarios.push(expandGraph(p.g));
  for (const raw of scenarios) {
    const parsed = parseScenario(raw);
    if (!parsed.ok)
      errors.push(
        ...parsed.errors.map((e) => ({
          ...e,
          path: e.path === '' ? 'scenario' : `scenario.${e.path}`,
        })),
      );
    else if (parsed.scenario.kind === 'network') request.network = parsed.scenario;
    else request.graph = parsed.scenario;
  }
  return errors.length > 0 ? { ok: false, errors } : { ok: true, request };
}

/**
 * Turns a compact network back into the scenario JSON of DESIGN.md, so that it goes
 * through exactly the same validation as a file or a readable link. Shapes that do not
 * add up are passed on as they are, for the validator to name.
 */
function expandNetwork(raw: unknown): unknown {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return raw;
  const n = raw as Record<string, unknown>;
  const layers = Array.isArray(n.L) && n.L.length <= 64 ? (n.L as unknown[]) : [];
  const sizes = layers.map((v) =>
    typeof v === 'number' && Number.isInteger(v) && v > 0 && v <= 64 ? v : 0,
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
