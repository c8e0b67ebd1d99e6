import type { Phase } from '../engine';
import { SCENES, type SceneName } from '../store/scenes';

/**
 * The embedding API's messages (README, "Driving an embedded view"; docs/DESIGN.md). A host
 * page posts commands to the iframe; the embed answers with its position. Every message
 * carries `type: 'backprop-circuit'` and `version: 1`; a message of any other shape, with a
 * field missing, of the wrong kind, or with a field this version does not know, is not a
 * command, and the embed ignores it without a word.
 */
export const EMBED_MESSAGE_TYPE = 'backprop-circuit';
export const EMBED_API_VERSION = 1;

/** The longest link a `link` command may carry (the app's own limit on links, 64 KB). */
export const MAX_EMBED_LINK = 65_536;

export type EmbedCommand =
  /** Go to step `step` (clamped to the trace; `'end'` is its last); in the training scene, iteration `step`. */
  | { readonly command: 'step'; readonly step: number | 'end' }
  | { readonly command: 'next' }
  | { readonly command: 'previous' }
  /** Open a lecture chapter (1–8): its scene, example and step. */
  | { readonly command: 'chapter'; readonly chapter: number }
  | { readonly command: 'scene'; readonly scene: SceneName }
  /** Open a link of the app (a share link `?s=1.…` or a readable one), in place. */
  | { readonly command: 'link'; readonly link: string }
  /** Change nothing: only answer with the position. */
  | { readonly command: 'position' };

export type EmbedCommandName = EmbedCommand['command'];

/** Where the embedded view is. `total` and `phase` are null in the training scene. */
export interface EmbedPosition {
  readonly scene: SceneName;
  /** Steps run (0 … total), or the training scene's iteration. */
  readonly step: number;
  readonly total: number | null;
  /** The phase of the step that ran last, null at step 0. */
  readonly phase: Phase | null;
  readonly chapter: number | null;
}

export type EmbedReply =
  | ({
      readonly type: typeof EMBED_MESSAGE_TYPE;
      readonly version: 1;
      readonly event: 'position';
    } & EmbedPosition)
  | {
      readonly type: typeof EMBED_MESSAGE_TYPE;
      readonly version: 1;
      readonly event: 'rejected';
      readonly command: 'link';
      readonly reason: 'unreadable-link';
    };

type Fields = Readonly<Record<string, unknown>>;

/** Each command's own fields (beyond type, version and command) and their check. */
const COMMAND_FIELDS: {
  readonly [N in EmbedCommandName]: {
    readonly fields: readonly string[];
    readonly read: (data: Fields) => Extract<EmbedCommand, { command: N }> | null;
  };
} = {
  step: {
    fields: ['step'],
    read: ({ step }) => (step === 'end' || isCount(step) ? { command: 'step', step } : null),
  },
  next: { fields: [], read: () => ({ command: 'next' }) },
  previous: { fields: [], read: () => ({ command: 'previous' }) },
  chapter: {
    fields: ['chapter'],
    read: ({ chapter }) =>
      isCount(chapter) && chapter >= 1 ? { command: 'chapter', chapter } : null,
  },
  scene: {
    fields: ['scene'],
    read: ({ scene }) => {
      const name = SCENES.find((s) => s === scene);
      return name === undefined ? null : { command: 'scene', scene: name };
    },
  },
  link: {
    fields: ['link'],
    read: ({ link }) =>
      typeof link === 'string' && link.length > 0 && link.length <= MAX_EMBED_LINK
        ? { command: 'link', link }
        : null,
  },
  position: { fields: [], read: () => ({ command: 'position' }) },
};

const ENVELOPE = ['type', 'version', 'command'];

/**
 * The command a posted message carries, or null when it is not one in the documented
 * shape (then it is ignored). Never throws on anything a message can carry (structured
 * clones: plain data, dates, maps, typed arrays…).
 */
export function readEmbedCommand(data: unknown): EmbedCommand | null {
  if (!isPlainObject(data)) return null;
  if (data.type !== EMBED_MESSAGE_TYPE || data.version !== EMBED_API_VERSION) return null;
  const name = data.command;
  if (!isCommandName(name)) return null;
  const spec = COMMAND_FIELDS[name];
  const known = new Set([...ENVELOPE, ...spec.fields]);
  if (Object.keys(data).some((key) => !known.has(key))) return null;
  return spec.read(data);
}

/** The reply that tells the host where the embed is now. */
export function positionReply(position: EmbedPosition): EmbedReply {
  return { type: EMBED_MESSAGE_TYPE, version: EMBED_API_VERSION, event: 'position', ...position };
}

/** The reply to a `link` command whose link cannot be read (nothing changed). */
export function rejectedLinkReply(): EmbedReply {
  return {
    type: EMBED_MESSAGE_TYPE,
    version: EMBED_API_VERSION,
    event: 'rejected',
    command: 'link',
    reason: 'unreadable-link',
  };
}

/**
 * The query string a `link` command opens: the link's own, whether it was given as a
 * query (`?s=1.…`), or as a whole address of the app. Null when it is neither.
 */
export function linkQuery(link: string, base: string): string | null {
  if (link.startsWith('?')) return link;
  try {
    return new URL(link, base).search;
  } catch {
    return null;
  }
}

function isCommandName(value: unknown): value is EmbedCommandName {
  return typeof value === 'string' && Object.hasOwn(COMMAND_FIELDS, value);
}

function isCount(value: unknown): value is number {
  return typeof value === 'number' && Number.isSafeInteger(value) && value >= 0;
}

function isPlainObject(value: unknown): value is Fields {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const proto: unknown = Object.getPrototypeOf(value);
  return proto === Object.prototype || proto === null;
}
