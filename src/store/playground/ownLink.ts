import { MAX_LINK_KB } from '../../engine';

/** What url/readableLink.ts holds a link to (MAX_LINK_LENGTH), in characters. */
const LIMIT = MAX_LINK_KB * 1024;

/**
 * Whether a share link of `length` characters is over what a link may hold (the address
 * then carries no link, syncUrl.ts): its size and the limit in KB, to say so, or null.
 * 2,000 own points (the most allowed) take about 15–19 KB, so this is a guard for links
 * that also carry a large edited network, not a case points alone reach.
 */
export function linkOverflow(length: number): { size: number; limit: number } | null {
  return length > LIMIT ? { size: Math.ceil(length / 1024), limit: MAX_LINK_KB } : null;
}
