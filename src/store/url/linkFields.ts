import {
  CHAPTER_COUNT,
  MAX_ITERATIONS,
  MAX_SAMPLE_INDEX,
  MAX_STEP,
  TRAINING_RATE,
  quoteEnglish,
  textParams,
  type Scenario,
} from '../../engine';
import { isLanguage } from '../../i18n/translate';
import { openChapterFromLink } from '../chapters';
import { HIDEABLE, SCENES, SPEEDS, THEMES, type SourceState, type Speed } from '../types';
import {
  asText,
  choice,
  count,
  flag,
  foundInLink,
  listText,
  nameList,
  optional,
  readableChoice,
  refuse,
  type CompactCodec,
  type Read,
  type ReadableCodec,
} from './fieldCodecs';
import { practiceField, variantField } from '../practice/linkRows';
import { MAP_MODES, PLAYGROUND_ACTIVATIONS } from '../playground/fields';
import {
  compactDataIteration,
  compactDataLog,
  compactEtaLog,
  compactNeurons,
  compactOwnPoints,
  compactSeed,
  compactTrainingData,
  percent,
  readableDataset,
  readableFeatures,
  readableNeurons,
  readableSeed,
} from './playgroundCodecs';
import { compactGraphCodec, compactNetworkCodec } from './scenarioCodecs';

/**
 * Every field a link carries, one row each: the compact writer and reader (compactLink.ts),
 * the readable reader (readableLink.ts), the state a link gives (applyLink.ts), the
 * history sync (syncUrl.ts) and `hasLink` are all made from these rows. Adding a field to
 * links is one row here plus its key in the state (types.ts, initialState.ts).
 *
 * Compact links written by earlier versions must keep opening to the same state
 * (fixtures/links-v1.json): a row's keys, its JSON form and the order of the rows (the
 * order of the payload's keys) never change; new rows go at the end.
 */
export interface LinkField<T> {
  /** Its key and JSON form in compact links. */
  readonly compact: CompactCodec<T>;
  /** Its parameter in readable links, if teachers may write it by hand. */
  readonly readable?: ReadableCodec<T>;
  /**
   * Whether compact links always carry it, or leave it out when it is at its default (the
   * value in defaultState, initialState.ts).
   */
  readonly written: 'always' | 'unless-default';
  /** A change of it is an edit (a new history entry, so Back undoes it) or a view change. */
  readonly change: 'edit' | 'view';
  /**
   * How a link's value goes into the state, when it is not simply set: rows are applied
   * in order of `stage` (0 when absent; rows of one stage in table order), so a value that
   * must agree with others waits for them.
   */
  readonly apply?: (state: SourceState, value: T, totalFor: TotalFor) => SourceState;
  readonly stage?: 1 | 2;
}

/** The length of the trace a state shows, to clamp a linked step to. */
export type TotalFor = (state: SourceState) => number;

/** `step=end` asks for the end of the trace, however long it is. */
const END_OF_TRACE = Number.POSITIVE_INFINITY;

/**
 * The limits every count of a link is held to are engine/limits.ts's: over one, the field
 * is refused with `above-limit`, naming it (fieldCodecs.ts, count).
 */

/** The step: a count up to MAX_STEP (clamped to the trace when applied), or `end`. */
const step = (path: string) =>
  count(MAX_STEP, path, (raw, issues) =>
    refuse(issues, path, 'bad-step', 'the step must be a whole number or "end"', foundInLink(raw)),
  );
const compactStep = step('s.step');
const readableStep = step('step');

const iteration = (path: string) =>
  count(MAX_ITERATIONS, path, (raw, issues) =>
    refuse(
      issues,
      path,
      'bad-iteration',
      `the training iteration must be a whole number from 0 to ${MAX_ITERATIONS}`,
      { limit: MAX_ITERATIONS, ...foundInLink(raw) },
    ),
  );

const sample = count(MAX_SAMPLE_INDEX, 's.sample', (raw, issues) =>
  refuse(
    issues,
    's.sample',
    'bad-sample',
    `the training example must be a whole number from 0 to ${MAX_SAMPLE_INDEX}`,
    { limit: MAX_SAMPLE_INDEX, ...foundInLink(raw) },
  ),
);

/**
 * A training speed in steps per second, at `path`: the examples' (`s.rate`) and the Data
 * mode's (`s.dataSpeed`, absent: as fast as it goes) share one range and one message.
 */
const stepsPerSecond =
  (path: string): Read<number> =>
  (raw, issues) =>
    typeof raw === 'number' && raw >= TRAINING_RATE.min && raw <= TRAINING_RATE.max
      ? raw
      : refuse(
          issues,
          path,
          'bad-rate',
          `the training speed must be from ${TRAINING_RATE.min} to ${TRAINING_RATE.max} steps per second`,
          { ...TRAINING_RATE, ...foundInLink(raw) },
        );
const trainingRate = stepsPerSecond('s.rate');
const dataSpeed = stepsPerSecond('s.dataSpeed');

const chapter: ReadableCodec<number> = {
  name: 'chapter',
  read: (text, issues) => {
    const n = /^\d{1,3}$/.test(text) ? Number(text) : NaN;
    if (n >= 1 && n <= CHAPTER_COUNT) return n;
    const message = `chapter must be a whole number from 1 to ${CHAPTER_COUNT}`;
    return refuse(issues, 'chapter', 'bad-chapter', message, {
      max: CHAPTER_COUNT,
      ...foundInLink(text),
    });
  },
};
const presenter = flag('presenter');
const theme = readableChoice('theme', THEMES);
const hide = nameList('hide', HIDEABLE);
const embed = flag('embed');
/** Whether the decision map shows the test points (the Playground's showTestData). */
const showTestData = flag('testdata');
/** Whether the decision map shows only the output's sign (the Playground's discretize). */
const discretize = flag('discretize');
const asFlag = (on: boolean) => (on ? 1 : 0);
const noise = percent('noise', 0, 50);
const split = percent('split', 10, 90);
const activation = readableChoice('activation', PLAYGROUND_ACTIVATIONS);

export const LINK_FIELDS = {
  scene: {
    compact: { key: 'c', write: (scene) => scene, read: choice(SCENES, 'scene', 's.scene') },
    readable: readableChoice('scene', SCENES),
    written: 'always',
    change: 'view',
  },
  cursor: {
    compact: { key: 's', write: (cursor) => cursor, read: compactStep },
    readable: {
      name: 'step',
      read: (text, issues) => (text === 'end' ? END_OF_TRACE : readableStep(text, issues)),
    },
    written: 'always',
    change: 'view',
    // Last: the step is clamped to the trace that everything else makes.
    stage: 2,
    apply: (state, step, totalFor) => ({ ...state, cursor: Math.min(step, totalFor(state)) }),
  },
  lang: {
    // A compact link with a language this version lacks opens in the default language.
    compact: {
      key: 'l',
      write: (lang) => lang,
      read: (raw) => (isLanguage(raw) ? raw : undefined),
    },
    readable: {
      name: 'lang',
      read: (text, issues) => {
        if (isLanguage(text)) return text;
        const message = `lang must be en or zh, found ${quoteEnglish(text)}`;
        return refuse(issues, 'lang', 'bad-lang', message, textParams('found', text));
      },
    },
    written: 'always',
    change: 'view',
  },
  speed: {
    compact: {
      key: 'p',
      write: (speed) => speed,
      read: optional((raw, issues) =>
        (SPEEDS as readonly unknown[]).includes(raw)
          ? (raw as Speed)
          : refuse(issues, 's.speed', 'bad-speed', `speed must be one of ${SPEEDS.join(', ')}`, {
              options: SPEEDS.join(', '),
              ...foundInLink(raw),
            }),
      ),
    },
    written: 'unless-default',
    change: 'view',
  },
  sample: {
    compact: { key: 'm', write: (sample) => sample, read: optional(sample) },
    written: 'unless-default',
    change: 'view',
    // After the network: a sample the network does not have is ignored.
    stage: 1,
    apply: (state, sample) =>
      sample < state.network.samples.length ? { ...state, sample } : state,
  },
  iteration: {
    compact: {
      key: 't',
      write: (iteration) => iteration,
      read: optional(iteration('s.iteration')),
    },
    readable: { name: 'iteration', read: iteration('iteration') },
    written: 'unless-default',
    change: 'view',
  },
  trainingRate: {
    compact: { key: 'q', write: (rate) => rate, read: optional(trainingRate) },
    written: 'unless-default',
    change: 'view',
  },
  // The view options a teacher can put in any link read the same in both forms.
  chapter: {
    compact: { key: 'h', write: (n) => n, read: asText(chapter) },
    readable: chapter,
    written: 'unless-default',
    change: 'view',
    // A chapter opens as the Chapters menu opens it; what the link says itself wins.
    apply: (state, n, totalFor) => (n === null ? state : openChapterFromLink(state, n, totalFor)),
  },
  presenter: {
    compact: { key: 'r', write: asFlag, read: asText(presenter) },
    readable: presenter,
    written: 'unless-default',
    change: 'view',
  },
  theme: {
    compact: { key: 'k', write: (name) => name, read: asText(theme) },
    readable: theme,
    written: 'unless-default',
    change: 'view',
  },
  hidden: {
    compact: { key: 'x', write: (parts) => [...parts], read: asText(hide, listText) },
    readable: hide,
    written: 'unless-default',
    change: 'view',
  },
  embed: {
    compact: { key: 'b', write: asFlag, read: asText(embed) },
    readable: embed,
    written: 'unless-default',
    change: 'view',
  },
  network: { compact: compactNetworkCodec, written: 'unless-default', change: 'edit' },
  graph: { compact: compactGraphCodec, written: 'unless-default', change: 'edit' },
  practice: practiceField,
  variant: variantField,
  // The gradient-descent scene's η log, then the data playground (playgroundCodecs.ts).
  etaLog: { compact: compactEtaLog, written: 'unless-default', change: 'view' },
  trainingData: {
    compact: compactTrainingData,
    readable: readableDataset,
    written: 'unless-default',
    change: 'view',
  },
  noise: {
    compact: { key: 'N', write: (n) => n, read: noise.compact },
    readable: noise.readable,
    written: 'unless-default',
    change: 'view',
  },
  split: {
    compact: { key: 'z', write: (n) => n, read: split.compact },
    readable: split.readable,
    written: 'unless-default',
    change: 'view',
  },
  dataSeed: {
    compact: { key: 'e', write: (n) => n, read: compactSeed },
    readable: readableSeed,
    written: 'unless-default',
    change: 'view',
  },
  ownPoints: { compact: compactOwnPoints, written: 'unless-default', change: 'view' },
  features: {
    compact: { key: 'f', write: (list) => list.join(','), read: asText(readableFeatures) },
    readable: readableFeatures,
    written: 'unless-default',
    change: 'view',
  },
  hiddenLayers: {
    compact: { key: 'u', write: (list) => [...list], read: compactNeurons },
    readable: readableNeurons,
    written: 'unless-default',
    change: 'view',
  },
  dataActivation: {
    compact: { key: 'a', write: (name) => name, read: asText(activation) },
    readable: activation,
    written: 'unless-default',
    change: 'view',
  },
  dataLog: { compact: compactDataLog, written: 'unless-default', change: 'view' },
  dataIteration: {
    compact: { key: 'i', write: (n) => n, read: compactDataIteration },
    written: 'unless-default',
    change: 'view',
  },
  mapMode: {
    compact: {
      key: 'M',
      write: (mode) => mode,
      read: optional(choice(MAP_MODES, 'map-mode', 's.mapMode')),
    },
    written: 'unless-default',
    change: 'view',
  },
  showTestData: {
    compact: { key: 'T', write: asFlag, read: asText(showTestData) },
    readable: showTestData,
    written: 'unless-default',
    change: 'view',
  },
  discretize: {
    compact: { key: 'D', write: asFlag, read: asText(discretize) },
    readable: discretize,
    written: 'unless-default',
    change: 'view',
  },
  dataSpeed: {
    compact: { key: 'V', write: (speed) => speed, read: optional(dataSpeed) },
    written: 'unless-default',
    change: 'view',
  },
} satisfies { readonly [K in keyof SourceState]?: LinkField<SourceState[K]> };

/** The state fields a link carries. */
export type LinkKey = keyof typeof LINK_FIELDS;
export type LinkedState = Pick<SourceState, LinkKey>;

const FIELDS: { readonly [K in LinkKey]: LinkField<LinkedState[K]> } = LINK_FIELDS;

/** The fields in table order. */
export const LINK_KEYS = Object.keys(LINK_FIELDS) as readonly LinkKey[];

/** The row of one field, typed by its key. */
export function linkField<K extends LinkKey>(key: K): LinkField<LinkedState[K]> {
  return FIELDS[key];
}

/** The fields of a state that a link carries. */
export function linkedState(state: LinkedState): LinkedState {
  const linked: Partial<Record<LinkKey, unknown>> = {};
  for (const key of LINK_KEYS) linked[key] = state[key];
  return linked as LinkedState;
}

/** The fields a link asks for, as a reader collects them. */
export type RequestedFields = { -readonly [K in LinkKey]?: LinkedState[K] };

/** What a link asks for: any of its fields, or (readable links) a scenario. */
export type LinkRequest = { readonly [K in LinkKey]?: LinkedState[K] } & {
  /** A network or a graph: it opens its scene, unless the link names another. */
  readonly scenario?: Scenario;
};
