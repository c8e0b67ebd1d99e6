import LZString from 'lz-string';
import { issue, type InputIssue, type IssueCode, type IssueParams } from '../../engine';
import { defaultState } from '../initialState';
import type { Json } from './fieldCodecs';
import { sameJson } from './sameJson';
import {
  LINK_KEYS,
  linkField,
  type LinkedState,
  type LinkKey,
  type RequestedFields,
} from './linkFields';
import { linkTooLong, MAX_LINK_LENGTH, type LinkResult } from './readableLink';

export type { LinkedState } from './linkFields';

/**
 * Compact share links: `?s=1.<payload>`, where the payload is the state as short-keyed
 * JSON (one key per row of linkFields.ts), compressed with lz-string into URL-safe
 * characters. The leading `1.` is the format version: a later version adds a new prefix
 * and keeps reading this one.
 *
 * The fields at their defaults are left out (the lecture's network and the default graph
 * among them), which keeps the default state's link a few dozen characters long.
 */
export const LINK_VERSION = 1;
export const LINK_PARAM = 's';

/** The payload of a state, `defaults` telling which fields can be left out. */
export function encodeLink(state: LinkedState, defaults: LinkedState = defaultState()): string {
  const payload: Record<string, Json> = {};
  for (const key of LINK_KEYS) writeField(key, state, defaults, payload);
  return `${LINK_VERSION}.${LZString.compressToEncodedURIComponent(JSON.stringify(payload))}`;
}

function writeField<K extends LinkKey>(
  key: K,
  state: LinkedState,
  defaults: LinkedState,
  payload: Record<string, Json>,
): void {
  const { compact, written } = linkField(key);
  if (written === 'unless-default' && sameJson(state[key], defaults[key])) return;
  payload[compact.key] = compact.write(state[key]);
}

const fail = <C extends IssueCode>(
  code: C,
  message: string,
  params: IssueParams<C>,
): LinkResult => ({
  ok: false,
  errors: [issue('s', code, message, params)],
});

const damaged = () =>
  fail('link-damaged', 'the link is damaged or cut short: copy it again, whole', {});

/** How long a payload may be, and what to say of a longer one. */
export interface PayloadLimit {
  readonly length: number;
  readonly refusal: () => InputIssue;
}

/** A link in the address bar: {@link MAX_LINK_LENGTH}. */
export const LINK_LIMIT: PayloadLimit = {
  length: MAX_LINK_LENGTH,
  refusal: () => linkTooLong('s'),
};

/**
 * Reads a compact link's value (what follows `s=`), or a payload kept in the browser,
 * which may be longer (`limit`: the state of a large network outgrows a link). Never throws.
 */
export function decodeLink(value: string, limit: PayloadLimit = LINK_LIMIT): LinkResult {
  if (value.length > limit.length) return { ok: false, errors: [limit.refusal()] };
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
  if (json === null || json === '') return damaged();
  return readPayloadJson(json);
}

/**
 * Reads a payload's JSON text, before compression: what a history entry holds while its
 * link is being compressed (see syncUrl). Never throws.
 */
export function readPayloadJson(json: string): LinkResult {
  let payload: unknown;
  try {
    payload = JSON.parse(json);
  } catch {
    return damaged();
  }
  if (typeof payload !== 'object' || payload === null || Array.isArray(payload)) return damaged();
  const errors: InputIssue[] = [];
  const request: RequestedFields = {};
  for (const key of LINK_KEYS) readField(key, payload, request, errors);
  return errors.length > 0 ? { ok: false, errors } : { ok: true, request };
}

function readField<K extends LinkKey>(
  key: K,
  payload: object,
  request: RequestedFields,
  errors: InputIssue[],
): void {
  const { compact } = linkField(key);
  const raw: unknown = Object.hasOwn(payload, compact.key)
    ? (payload as Record<string, unknown>)[compact.key]
    : undefined;
  const value = compact.read(raw, errors);
  if (value !== undefined) request[key] = value;
}
