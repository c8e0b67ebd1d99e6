import {
  DATASET_NAMES,
  FEATURE_IDS,
  isEtaLog,
  MAX_USER_POINTS,
  orderedFeatures,
  PLANE,
  REGULARIZATIONS,
  type DataPoint,
  type DatasetName,
  type EtaChange,
  type FeatureId,
  type InputIssue,
  type LogEntry,
  type ParameterEdit,
  type Regularization,
} from '../../engine';
import { PLAYGROUND_LIMITS } from '../../workers/playgroundProtocol';
import { hyperparametersOk, parameterValueOk } from '../../workers/validateConfig';
import { POINT_DECIMALS, type OwnPoints, type TrainingData } from '../playground/fields';
import {
  foundInLink,
  isWhole,
  nameList,
  optional,
  refuse,
  WHOLE_TEXT,
  type CompactCodec,
  type Json,
  type Read,
  type ReadableCodec,
} from './fieldCodecs';

/**
 * The gradient-descent scene's training fields in links (rows at the end of
 * linkFields.ts): the Examples mode's η log and the data playground. Readable forms, for
 * links teachers write: `dataset=spiral&noise=10&split=50&seed=3&features=x1,x2&neurons=8,8,8&activation=tanh`.
 */

const datasetList = DATASET_NAMES.join(', ');

/** `dataset=NAME` opens the Data mode on that generated set. */
export const readableDataset: ReadableCodec<TrainingData> = {
  name: 'dataset',
  read: (text, issues) => {
    if ((DATASET_NAMES as readonly string[]).includes(text))
      return { mode: 'data', source: text as DatasetName };
    // The Data mode offers "Your own data" beside the sets, so its users try the name; the
    // points themselves are not in a readable link.
    if (text === 'own')
      return refuse(
        issues,
        'dataset',
        'own-dataset-readable',
        'your own points are not in a readable link: share them with Share, whose link (?s=…) carries them',
        {},
      );
    const found = text.slice(0, 20);
    const message = `dataset must be one of ${datasetList}; found '${found}'`;
    return refuse(issues, 'dataset', 'bad-dataset', message, { options: datasetList, found });
  },
};

/** Compact: `[1, "spiral"]` (1: the Data mode is open), `"own"` for the user's points. */
export const compactTrainingData: CompactCodec<TrainingData> = {
  key: 'd',
  write: (d) => [d.mode === 'data' ? 1 : 0, d.source],
  read: optional((raw, issues) => {
    const [open, source] = Array.isArray(raw) ? (raw as unknown[]) : [];
    if ((open === 0 || open === 1) && (source === 'own' || DATASET_NAMES.some((n) => n === source)))
      return { mode: open === 1 ? 'data' : 'examples', source: source as TrainingData['source'] };
    const found = (typeof source === 'string' ? source : String(JSON.stringify(source))).slice(
      0,
      20,
    );
    const message = `dataset must be one of ${datasetList}; found '${found}'`;
    return refuse(issues, 's.dataset', 'bad-dataset', message, { options: datasetList, found });
  }),
};

/** A whole percentage within [min, max], in both forms. */
export function percent(name: string, min: number, max: number) {
  const check = (value: unknown, issues: InputIssue[], path: string) =>
    isWhole(value) && value >= min && value <= max
      ? value
      : refuse(
          issues,
          path,
          'bad-percent',
          `${name} must be a whole number from ${min} to ${max}`,
          {
            name,
            min,
            max,
          },
        );
  return {
    readable: {
      name,
      read: (text: string, issues: InputIssue[]) =>
        check(WHOLE_TEXT.test(text) ? Number(text) : NaN, issues, name),
    } satisfies ReadableCodec<number>,
    compact: optional((raw, issues) => check(raw, issues, `s.${name}`)),
  };
}

const badSeed = (issues: InputIssue[], path: string, found: string) =>
  refuse(issues, path, 'bad-seed', `the seed must be a whole number ≥ 0; found ${found}`, {
    found,
  });
const MAX_SEED = 0xffffffff;

export const readableSeed: ReadableCodec<number> = {
  name: 'seed',
  read: (text, issues) =>
    /^\d{1,10}$/.test(text) && Number(text) <= MAX_SEED
      ? Number(text)
      : badSeed(issues, 'seed', text.slice(0, 20)),
};
export const compactSeed: Read<number> = optional((raw, issues) =>
  isWhole(raw) && raw <= MAX_SEED ? raw : badSeed(issues, 's.seed', String(raw).slice(0, 20)),
);

/** Features as a comma list in canonical order; `features=` alone is no feature at all. */
const featureNames = nameList('features', FEATURE_IDS);
export const readableFeatures: ReadableCodec<readonly FeatureId[]> = {
  name: 'features',
  read: (text, issues) => {
    const list = featureNames.read(text, issues);
    return list === undefined ? undefined : orderedFeatures(list);
  },
};

const neuronsMessage = `neurons lists the hidden layers' sizes: at most ${PLAYGROUND_LIMITS.maxHiddenLayers} numbers from 1 to ${PLAYGROUND_LIMITS.maxNeurons}`;
const badNeurons = (issues: InputIssue[], path: string) =>
  refuse(issues, path, 'bad-neurons', neuronsMessage, {
    layers: PLAYGROUND_LIMITS.maxHiddenLayers,
    neurons: PLAYGROUND_LIMITS.maxNeurons,
  });
const neuronsOk = (list: readonly unknown[]): list is number[] =>
  list.length <= PLAYGROUND_LIMITS.maxHiddenLayers &&
  list.every((n) => isWhole(n) && n >= 1 && n <= PLAYGROUND_LIMITS.maxNeurons);

/** `neurons=8,8,8`: three hidden layers of 8; `neurons=` none. */
export const readableNeurons: ReadableCodec<readonly number[]> = {
  name: 'neurons',
  read: (text, issues) => {
    const list =
      text === '' ? [] : text.split(',').map((n) => (/^\d{1,2}$/.test(n) ? Number(n) : NaN));
    return neuronsOk(list) ? list : badNeurons(issues, 'neurons');
  },
};
export const compactNeurons: Read<readonly number[]> = optional((raw, issues) =>
  Array.isArray(raw) && neuronsOk(raw) ? raw : badNeurons(issues, 's.neurons'),
);

const SCALE = 10 ** POINT_DECIMALS;
const LABEL_LIMIT = 2 * SCALE;

function writePoints(points: readonly DataPoint[]): number[] {
  return points.flatMap((p) => [p.x1, p.x2, p.label].map((v) => Math.round(v * SCALE)));
}

function readPoints(raw: unknown): DataPoint[] | null {
  if (!Array.isArray(raw) || raw.length % 3 !== 0) return null;
  const points: DataPoint[] = [];
  for (let i = 0; i < raw.length; i += 3) {
    const [x1, x2, label] = raw.slice(i, i + 3) as unknown[];
    const inPlane = (v: unknown): v is number =>
      Number.isSafeInteger(v) && Math.abs(v as number) <= PLANE * SCALE;
    if (!inPlane(x1) || !inPlane(x2) || !Number.isSafeInteger(label)) return null;
    if (Math.abs(label as number) > LABEL_LIMIT) return null;
    const value = (v: number) => (v === 0 ? 0 : v / SCALE);
    points.push({ x1: value(x1), x2: value(x2), label: value(label as number) });
  }
  return points;
}

/**
 * The user's own points, in thousandths (they are kept to three decimals): `{ t, s }`, the
 * training and test points as flat lists x₁, x₂, label, x₁, x₂, label, …
 */
export const compactOwnPoints: CompactCodec<OwnPoints> = {
  key: 'o',
  write: (p) => ({ t: writePoints(p.train), s: writePoints(p.test) }),
  read: optional((raw, issues) => {
    const o = typeof raw === 'object' && raw !== null ? (raw as Record<string, unknown>) : {};
    const train = readPoints(o.t);
    const test = readPoints(o.s);
    if (train !== null && test !== null && train.length + test.length <= MAX_USER_POINTS)
      return { train, test };
    return refuse(
      issues,
      's.points',
      'bad-points',
      `the points must be whole thousandths on the plane, at most ${MAX_USER_POINTS}`,
      { limit: MAX_USER_POINTS },
    );
  }),
};

/** Batch "all" is written 0. */
const ALL = Number.MAX_SAFE_INTEGER;

/**
 * The Data mode's log: `[[from, η, batch (0: all), "none" | "l1" | "l2", λ], …]`; an entry
 * with weights or biases set by hand adds them as a sixth element, `[index, value, …]`
 * (θ's index, the value exactly). Links written before hand-set parameters existed have
 * five elements everywhere and read as before.
 */
export const compactDataLog: CompactCodec<readonly LogEntry[]> = {
  key: 'w',
  write: (log) =>
    log.map(({ from, hyper: h, edits }): Json => {
      const entry: Json[] = [
        from,
        h.learningRate,
        h.batchSize >= ALL ? 0 : h.batchSize,
        h.regularization,
        h.regularizationRate,
      ];
      if (edits !== undefined && edits.length > 0)
        entry.push(edits.flatMap((e) => [e.index, e.value]));
      return entry;
    }),
  read: optional((raw, issues) => {
    const log = Array.isArray(raw) ? (raw as unknown[]).map(readEntry) : [null];
    const entries = log.filter((e): e is LogEntry => e !== null);
    const ordered = entries.every((e, i) => i === 0 || e.from > (entries[i - 1] as LogEntry).from);
    if (entries.length === log.length && entries[0]?.from === 0 && ordered) return entries;
    return refuse(issues, 's.log', 'bad-hyper-log', 'the log of training settings is damaged', {});
  }),
};

function readEntry(raw: unknown): LogEntry | null {
  if (!Array.isArray(raw) || (raw.length !== 5 && raw.length !== 6)) return null;
  const [from, eta, batch, reg, rate, set] = raw as unknown[];
  if (!isWhole(from) || from > PLAYGROUND_LIMITS.maxIteration || !isWhole(batch)) return null;
  if (typeof eta !== 'number' || typeof rate !== 'number') return null;
  if (!REGULARIZATIONS.some((r) => r === reg)) return null;
  const hyper = {
    learningRate: eta,
    batchSize: batch === 0 ? ALL : batch,
    regularization: reg as Regularization,
    regularizationRate: rate,
  };
  if (!hyperparametersOk(hyper)) return null;
  if (set === undefined) return { from, hyper };
  const edits = readEdits(set);
  return edits === null ? null : { from, hyper, edits };
}

/**
 * `[index, value, …]`: whole indices, each once, values within ±maxParameter (whether
 * the network has such an index is the worker's check, which knows its size).
 */
function readEdits(raw: unknown): ParameterEdit[] | null {
  if (!Array.isArray(raw) || raw.length === 0 || raw.length % 2 !== 0) return null;
  const edits: ParameterEdit[] = [];
  for (let i = 0; i < raw.length; i += 2) {
    const [index, value] = raw.slice(i, i + 2) as unknown[];
    if (!isWhole(index) || typeof value !== 'number' || !parameterValueOk(value)) return null;
    if (edits.some((e) => e.index === index)) return null;
    edits.push({ index, value });
  }
  return edits;
}

/** The Examples mode's η log: `[[from, η], …]`. */
export const compactEtaLog: CompactCodec<readonly EtaChange[]> = {
  key: 'j',
  write: (log) => log.map((c): Json => [c.from, c.eta]),
  read: optional((raw, issues) => {
    const log = Array.isArray(raw)
      ? (raw as unknown[]).map((e) =>
          Array.isArray(e) && e.length === 2 && typeof e[1] === 'number' && isWhole(e[0])
            ? { from: e[0], eta: e[1] }
            : null,
        )
      : [null];
    const changes = log.filter((c): c is EtaChange => c !== null);
    if (changes.length === log.length && isEtaLog(changes)) return changes;
    return refuse(issues, 's.etaLog', 'bad-eta-log', 'the log of learning rates is damaged', {});
  }),
};

/** The Data mode's iteration: a whole number up to the trainer's limit. */
export const compactDataIteration: Read<number> = optional((raw, issues) =>
  isWhole(raw) && raw <= PLAYGROUND_LIMITS.maxIteration
    ? raw
    : refuse(
        issues,
        's.dataIteration',
        'bad-iteration',
        `the training iteration must be a whole number from 0 to ${PLAYGROUND_LIMITS.maxIteration}`,
        { limit: PLAYGROUND_LIMITS.maxIteration, ...foundInLink(raw) },
      ),
);
