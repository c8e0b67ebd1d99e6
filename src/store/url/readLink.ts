import { decodeLink, LINK_PARAM } from './compactLink';
import { MAX_LINK_LENGTH, READABLE_NAMES, readReadableLink, type LinkResult } from './readableLink';

/**
 * Reads whatever link the page was opened with: a compact share link (`?s=1.…`) if there
 * is one, else the readable form. Never throws.
 */
export function readLink(search: string): LinkResult {
  if (search.length > MAX_LINK_LENGTH) return readReadableLink(search);
  let compact: string | null;
  try {
    compact = new URLSearchParams(search).get(LINK_PARAM);
  } catch {
    compact = null;
  }
  return compact !== null ? decodeLink(compact) : readReadableLink(search);
}

/** Any parameter of either form of link: the names are plain words, safe in a pattern. */
const LINK_PATTERN = new RegExp(`[?&](${[LINK_PARAM, ...READABLE_NAMES].join('|')})=`);

/** True when the page was opened with a link that asks for a state. */
export function hasLink(search: string): boolean {
  return LINK_PATTERN.test(search);
}
