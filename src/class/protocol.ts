/**
 * The live class's shared protocol: what the class document holds, what a student may send,
 * and the validators both the class server and the app run on everything they receive.
 * Pure TypeScript (no DOM, no Node, no Yjs): the server and the client import the same file,
 * so the two can never disagree on a field.
 *
 * Each class has two Yjs documents (see `documentName` in credentials.ts):
 * - the class document, named by the join code, which everyone in the class reads: map
 *   `class` with `state` (a {@link ClassState}, written only by the teacher) and `ended`;
 * - the teacher's document, `CODE:teacher`, which only the teacher can open: map `answers`
 *   (one {@link RecordedAnswer} per student, keyed by an anonymous student key, written only
 *   by the server after it has validated a student's {@link AnswerMessage}) and map
 *   `presence` (one {@link PresenceEntry} per open connection, written only by the server).
 *   So no student sees the others' answers.
 */

import { MISTAKE_KINDS, type MistakeKind } from '../engine/practice/mistakeKinds';

/** The version of the class document's shape. A later shape gets a new number. */
export const CLASS_PROTOCOL_VERSION = 1;

/** The path of the class websocket and HTTP API on the app's own origin. */
export const CLASS_PATH = '/class';
/** Creates a class (POST): answers {@link CreatedClass}. */
export const CLASS_API_CLASSES = `${CLASS_PATH}/api/classes`;
/** Says that a class server is here (GET): answers {@link ClassServerHealth}. */
export const CLASS_API_HEALTH = `${CLASS_PATH}/api/health`;
/** The service name in {@link ClassServerHealth}, so an SPA fallback page is not mistaken for it. */
export const CLASS_SERVICE = 'backprop-circuit-class';

/** The names of the class document's maps and keys. */
export const DOC = {
  classMap: 'class',
  answersMap: 'answers',
  presenceMap: 'presence',
  stateKey: 'state',
  endedKey: 'ended',
} as const;

/** The recognised mistakes of the practice mode, named as in `data-mistake`: the practice engine's own list. */
export const MISTAKE_CODES = MISTAKE_KINDS;
export type MistakeCode = MistakeKind;

/** What a practice prompt asks for (network: z, a, delta, grad, update; graph: value, grad). */
export const PROMPT_KINDS = ['z', 'a', 'delta', 'grad', 'update', 'value'] as const;
export type PromptKind = (typeof PROMPT_KINDS)[number];

/** The question the teacher puts to the class: a hook attribute such as `neuron-2-0:delta`. */
export interface ClassPrompt {
  /** Unique within the class, so that answers to an earlier prompt are never counted. */
  readonly id: string;
  /** `HOOK-ID:ATTRIBUTE`, as `data-target` of the practice input. */
  readonly target: string;
  readonly kind: PromptKind;
}

/** What the teacher publishes: everything a following student's screen shows. */
export interface ClassState {
  readonly version: typeof CLASS_PROTOCOL_VERSION;
  /** The app's compact share link payload, `s=1.…`, opaque here: the app reads it. */
  readonly link: string;
  /** The scene's name (opaque here: the app's scene registry knows the names). */
  readonly scene: string;
  /** How many steps have run. */
  readonly step: number;
  /** The lecture chapter on screen, or null outside the chapters. */
  readonly chapter: number | null;
  /** The question being asked, or null. */
  readonly prompt: ClassPrompt | null;
  /** Whether the teacher has revealed the right answer of `prompt`. */
  readonly revealed: boolean;
  /** The right answer, present only once revealed (so no student can read it earlier). */
  readonly answer?: number;
}

/** What a student sends (as a Hocuspocus stateless message) to answer a prompt. */
export interface AnswerMessage {
  readonly t: 'answer';
  readonly prompt: string;
  readonly value: number;
  readonly mistake?: MistakeCode;
}

/** One student's answer as the server records it in the `answers` map. */
export interface RecordedAnswer {
  readonly prompt: string;
  readonly value: number;
  readonly mistake?: MistakeCode;
}

/** How the server answered an {@link AnswerMessage}. */
export const ANSWER_RESULTS = [
  'recorded',
  'duplicate',
  'closed',
  'invalid',
  'rate-limited',
] as const;
export type AnswerResult = (typeof ANSWER_RESULTS)[number];

/** What the server sends to one connection. `tick` keeps an idle connection known to be alive. */
export type ServerMessage =
  | { readonly t: 'ack'; readonly prompt: string; readonly result: AnswerResult }
  | { readonly t: 'tick' };

/** Why the server refused a connection (the provider's authentication-failed reason). */
export const REFUSALS = ['unknown-class', 'forbidden', 'rate-limited'] as const;
export type Refusal = (typeof REFUSALS)[number];

/** One open connection, kept by the server so the teacher sees who is connected. */
export interface PresenceEntry {
  readonly role: 'teacher' | 'student';
  /** The anonymous student key (students only). */
  readonly student?: string;
  /** The server process holding the connection (stale entries of a stopped one are removed). */
  readonly server: string;
}

/** The answer of `POST /class/api/classes`. The secret never appears in a join link. */
export interface CreatedClass {
  readonly code: string;
  readonly secret: string;
}

/** The answer of `GET /class/api/health`. */
export interface ClassServerHealth {
  readonly service: typeof CLASS_SERVICE;
  readonly protocol: number;
}

/** Limits both sides check. */
export const LIMITS = {
  /** The longest link payload (the app refuses links over 64 KB). */
  linkLength: 65_536,
  sceneLength: 32,
  promptIdLength: 40,
  targetLength: 64,
  maxStep: 10_000_000,
  maxChapter: 99,
  /** The longest stateless message a student may send, in characters. */
  answerMessageLength: 256,
} as const;

/** The outcome of a validator: the value, or the first thing wrong with it. */
export type Parsed<T> =
  { readonly ok: true; readonly value: T } | { readonly ok: false; readonly error: string };

const ok = <T>(value: T): Parsed<T> => ({ ok: true, value });
const fail = <T>(error: string): Parsed<T> => ({ ok: false, error });

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

const isIn = <T extends string>(list: readonly T[], value: unknown): value is T =>
  typeof value === 'string' && (list as readonly string[]).includes(value);

const PROMPT_ID = /^[A-Za-z0-9_.:-]+$/;
const TARGET = /^[a-z][a-z0-9-]*:[a-z][a-z-]*$/;
const SCENE = /^[a-z][a-z0-9-]*$/;
const LINK = /^s=[0-9]+\.[A-Za-z0-9_\-+$.]*$/;

/** Whether `value` is a {@link MistakeCode}. */
export function isMistakeCode(value: unknown): value is MistakeCode {
  return isIn(MISTAKE_CODES, value);
}

/** Validates a prompt (from the document or from the teacher's app). */
export function parsePrompt(input: unknown): Parsed<ClassPrompt> {
  if (!isRecord(input)) return fail('prompt: not an object');
  const { id, target, kind } = input;
  if (typeof id !== 'string' || id.length > LIMITS.promptIdLength || !PROMPT_ID.test(id))
    return fail('prompt.id: not a short identifier');
  if (typeof target !== 'string' || target.length > LIMITS.targetLength || !TARGET.test(target))
    return fail('prompt.target: not HOOK-ID:ATTRIBUTE');
  if (!isIn(PROMPT_KINDS, kind)) return fail('prompt.kind: unknown');
  return ok({ id, target, kind });
}

const isCount = (value: unknown, max: number): value is number =>
  typeof value === 'number' && Number.isInteger(value) && value >= 0 && value <= max;

/** Validates a published state. Anything else in the object is dropped. */
export function parseClassState(input: unknown): Parsed<ClassState> {
  if (!isRecord(input)) return fail('state: not an object');
  const { version, link, scene, step, chapter, prompt, revealed, answer } = input;
  if (version !== CLASS_PROTOCOL_VERSION)
    return fail(`state.version: not ${CLASS_PROTOCOL_VERSION}`);
  if (typeof link !== 'string' || link.length > LIMITS.linkLength || !LINK.test(link))
    return fail('state.link: not a compact share link (s=N.…)');
  if (typeof scene !== 'string' || scene.length > LIMITS.sceneLength || !SCENE.test(scene))
    return fail('state.scene: not a scene name');
  if (!isCount(step, LIMITS.maxStep)) return fail('state.step: not a step count');
  if (chapter !== null && (!isCount(chapter, LIMITS.maxChapter) || chapter === 0))
    return fail('state.chapter: not a chapter number or null');
  let parsedPrompt: ClassPrompt | null = null;
  if (prompt !== null) {
    const result = parsePrompt(prompt);
    if (!result.ok) return fail(`state.${result.error}`);
    parsedPrompt = result.value;
  }
  if (typeof revealed !== 'boolean') return fail('state.revealed: not a boolean');
  if (revealed && parsedPrompt === null) return fail('state.revealed: no prompt to reveal');
  const base = { version, link, scene, step, chapter, prompt: parsedPrompt, revealed } as const;
  if (answer === undefined) return ok(base);
  if (!revealed || typeof answer !== 'number' || !Number.isFinite(answer))
    return fail('state.answer: only a finite number, once revealed');
  return ok({ ...base, answer });
}

/** Validates a recorded answer (a value of the `answers` map). */
export function parseRecordedAnswer(input: unknown): Parsed<RecordedAnswer> {
  if (!isRecord(input)) return fail('answer: not an object');
  const { prompt, value, mistake } = input;
  if (
    typeof prompt !== 'string' ||
    prompt.length > LIMITS.promptIdLength ||
    !PROMPT_ID.test(prompt)
  )
    return fail('answer.prompt: not a prompt id');
  if (typeof value !== 'number' || !Number.isFinite(value))
    return fail('answer.value: not a finite number');
  if (mistake === undefined) return ok({ prompt, value });
  if (!isMistakeCode(mistake)) return fail('answer.mistake: not a recognised mistake');
  return ok({ prompt, value, mistake });
}

/**
 * Reads a student's stateless message: at most {@link LIMITS.answerMessageLength}
 * characters of JSON, `{t: 'answer', prompt, value, mistake?}` and nothing else.
 * Never throws.
 */
export function parseAnswerMessage(text: string): Parsed<AnswerMessage> {
  if (text.length > LIMITS.answerMessageLength) return fail('message: too long');
  let input: unknown;
  try {
    input = JSON.parse(text);
  } catch {
    return fail('message: not JSON');
  }
  if (!isRecord(input) || input.t !== 'answer') return fail('message: not an answer');
  const extra = Object.keys(input).filter(
    (key) => !['t', 'prompt', 'value', 'mistake'].includes(key),
  );
  if (extra.length > 0) return fail(`message: unexpected field ${extra[0]}`);
  const recorded = parseRecordedAnswer(input);
  if (!recorded.ok) return recorded;
  return ok({ t: 'answer', ...recorded.value });
}

/** Writes a student's answer message (what {@link parseAnswerMessage} reads). */
export function encodeAnswerMessage(prompt: string, value: number, mistake?: MistakeCode): string {
  const message: AnswerMessage =
    mistake === undefined
      ? { t: 'answer', prompt, value }
      : { t: 'answer', prompt, value, mistake };
  return JSON.stringify(message);
}

/** Reads a message from the server. Never throws; anything unknown is null. */
export function parseServerMessage(text: string): ServerMessage | null {
  let input: unknown;
  try {
    input = JSON.parse(text);
  } catch {
    return null;
  }
  if (!isRecord(input)) return null;
  if (input.t === 'tick') return { t: 'tick' };
  if (input.t === 'ack' && typeof input.prompt === 'string' && isIn(ANSWER_RESULTS, input.result))
    return { t: 'ack', prompt: input.prompt, result: input.result };
  return null;
}

/** Validates a presence entry (a value of the `presence` map). */
export function parsePresence(input: unknown): PresenceEntry | null {
  if (!isRecord(input) || typeof input.server !== 'string') return null;
  if (input.role === 'teacher') return { role: 'teacher', server: input.server };
  if (input.role === 'student' && typeof input.student === 'string')
    return { role: 'student', student: input.student, server: input.server };
  return null;
}
