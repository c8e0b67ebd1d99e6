import { isLanguage, type Language } from '../i18n/translate';
import { defaultState } from './initialState';
import { STORED_LIMIT } from './persist';
import { createSelectors, type Selectors } from './selectors';
import type { SourceState, StateError } from './types';
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
 * link, the state kept from last time. A link always wins over the stored state. A link
 * that cannot be read says why (state-error) over the state kept from last time, so that
 * nothing kept is stored over (the default scene when nothing was kept), in the language
 * the link asked for. A stored state that cannot be read leaves the default scene with a
 * `storage` error carrying the reasons (main.tsx then sets the raw text aside and says
 * so, see store/persist.ts). `select` derives the step counts a link is checked against
 * (pass the store's, so that the work is not done twice).
 */
export function initialState(
  search: string,
  languages: readonly string[],
  stored: string | null = null,
  select: Selectors = createSelectors(),
): SourceState {
  const base = defaultState(preferredLanguage(languages));
  const total = (s: SourceState) => select.total(s);
  const kept = () => (stored === null ? undefined : decodeLink(stored, STORED_LIMIT));
  if (hasLink(search) || stored === null) {
    const link = readLink(search);
    if (link.ok) return applyLink(base, link.request, total);
    const last = kept();
    const shown = last?.ok === true ? applyLink(base, last.request, total) : base;
    const error: StateError = {
      source: 'link',
      issues: link.errors,
      ...(last?.ok === true ? { keptLastState: true as const } : {}),
    };
    return { ...shown, lang: requestedLanguage(search) ?? shown.lang, error };
  }
  const last = kept();
  if (last?.ok === true) return applyLink(base, last.request, total);
  return { ...base, error: { source: 'storage', issues: last?.ok === false ? last.errors : [] } };
}

function requestedLanguage(search: string): Language | undefined {
  try {
    const lang = new URLSearchParams(search).get(LINK_FIELDS.lang.readable.name);
    return isLanguage(lang) ? lang : undefined;
  } catch {
    return undefined;
  }
}
