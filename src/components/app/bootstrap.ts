import { isLanguage, type Language } from '../../i18n/translate';
import { defaultState } from '../../store/initialState';
import { createSelectors } from '../../store/selectors';
import type { SourceState } from '../../store/types';
import { applyLink } from '../../store/url/applyLink';
import { readReadableLink } from '../../store/url/readableLink';

/** The browser's preferred language, when it is one we have. */
export function preferredLanguage(languages: readonly string[]): Language {
  const first = languages.find((l) => isLanguage(l.slice(0, 2)));
  return first?.slice(0, 2) === 'zh' ? 'zh' : 'en';
}

/**
 * The state to start from: the default scene, then whatever the link asks for. A link
 * that cannot be read leaves the default scene and says why (state-error).
 */
export function initialState(search: string, languages: readonly string[]): SourceState {
  const base = defaultState(preferredLanguage(languages));
  const link = readReadableLink(search);
  if (!link.ok) return { ...base, error: { source: 'link', issues: link.errors } };
  const select = createSelectors();
  return applyLink(base, link.request, (s) => select.total(s));
}
