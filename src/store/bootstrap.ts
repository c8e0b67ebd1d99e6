import { isLanguage, type Language } from '../i18n/translate';
import { defaultState } from './initialState';
import { createSelectors } from './selectors';
import type { SourceState } from './types';
import { applyLink } from './url/applyLink';
import { decodeLink } from './url/compactLink';
import { LINK_FIELDS } from './url/linkFields';
import { hasLink, readLink } from './url/readLink';

/** The browser's preferred language, when it is one we have. */
export function preferredLanguage(languages: readonly string[]): Language {
  const first = languages.find((l) => isLanguage(l.slice(0, 2)));
  return first?.slice(0, 2) === 'zh' ? 'zh' : 'en';
}

/**
 * The state to start from: the default scene, then what the link asks for, or, without a
 * link, the state kept from last time. A link always wins over the stored state; a link
 * that cannot be read leaves the default scene and says why (state-error); a stored
 * state that cannot be read leaves the default scene with a `storage` error carrying the
 * reasons (main.tsx then sets the raw text aside and says so, see store/persist.ts).
 */
export function initialState(
  search: string,
  languages: readonly string[],
  stored: string | null = null,
): SourceState {
  const base = defaultState(preferredLanguage(languages));
  const select = createSelectors();
  const total = (s: SourceState) => select.total(s);
  if (hasLink(search) || stored === null) {
    const link = readLink(search);
    // A broken link still gets the language it asked for, so its message can be read.
    if (!link.ok)
      return {
        ...base,
        lang: requestedLanguage(search) ?? base.lang,
        error: { source: 'link', issues: link.errors },
      };
    return applyLink(base, link.request, total);
  }
  const restored = decodeLink(stored);
  if (restored.ok) return applyLink(base, restored.request, total);
  return { ...base, error: { source: 'storage', issues: restored.errors } };
}

function requestedLanguage(search: string): Language | undefined {
  try {
    const lang = new URLSearchParams(search).get(LINK_FIELDS.lang.readable.name);
    return isLanguage(lang) ? lang : undefined;
  } catch {
    return undefined;
  }
}
