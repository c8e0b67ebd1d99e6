import { MAX_LINK_KB, issue, type InputIssue } from '../../engine';
import {
  LINK_KEYS,
  linkField,
  type LinkKey,
  type LinkRequest,
  type RequestedFields,
} from './linkFields';
import { readableScenario } from './scenarioCodecs';

export type { LinkRequest } from './linkFields';

/** Links longer than this (in characters) are refused before anything is parsed. */
export const MAX_LINK_LENGTH = MAX_LINK_KB * 1024;

/** The refusal of a link over {@link MAX_LINK_LENGTH}, at `path`. */
export const linkTooLong = (path: string): InputIssue =>
  issue(path, 'link-too-long', `the link is longer than ${MAX_LINK_KB} KB`, { max: MAX_LINK_KB });

export type LinkResult =
  | { readonly ok: true; readonly request: LinkRequest }
  | { readonly ok: false; readonly errors: readonly InputIssue[] };

/** The parameters of readable links: each field's readable name, and `scenario`. */
export const READABLE_NAMES: readonly string[] = [
  ...LINK_KEYS.flatMap((key) => {
    const name = linkField(key).readable?.name;
    return name === undefined ? [] : [name];
  }),
  readableScenario.name,
];

/**
 * Reads the hand-writable form of a link (DESIGN.md):
 * `?scenario=<URI-encoded JSON>&step=<n|end>&lang=<en|zh>&scene=<name>`, and the fields of
 * linkFields.ts that have a readable name. Never throws.
 */
export function readReadableLink(search: string): LinkResult {
  if (search.length > MAX_LINK_LENGTH) return { ok: false, errors: [linkTooLong('')] };
  let params: URLSearchParams;
  try {
    params = new URLSearchParams(search);
  } catch {
    return {
      ok: false,
      errors: [issue('', 'bad-link', 'the link could not be read', {})],
    };
  }
  const errors: InputIssue[] = [];
  const fields: RequestedFields = {};
  for (const key of LINK_KEYS) readField(key, params, fields, errors);
  const text = params.get(readableScenario.name);
  const scenario = text === null ? undefined : readableScenario.read(text, errors);
  if (errors.length > 0) return { ok: false, errors };
  return { ok: true, request: scenario === undefined ? fields : { ...fields, scenario } };
}

function readField<K extends LinkKey>(
  key: K,
  params: URLSearchParams,
  fields: RequestedFields,
  errors: InputIssue[],
): void {
  const { readable } = linkField(key);
  const text = readable === undefined ? null : params.get(readable.name);
  if (readable === undefined || text === null) return;
  const value = readable.read(text, errors);
  if (value !== undefined) fields[key] = value;
}
