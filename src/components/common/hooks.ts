import type { MessageKey } from '../../i18n/en';
import { translate, type TranslateParams } from '../../i18n/translate';
import { useAppState } from '../../store/StoreProvider';

/**
 * How the current step involves an element, as the class names the diagram gives it: it
 * writes it, reads it, or neither; and `practice-needed` when practice's first hint points
 * at it (a value the asked step needs).
 */
export type Involvement = 'write' | 'read' | 'read practice-needed' | 'practice-needed' | null;

/** The involvement of an element that practice's hint may also point at. */
export function withNeeded(involvement: 'write' | 'read' | null, needed: boolean): Involvement {
  if (!needed || involvement === 'write') return involvement;
  return involvement === 'read' ? 'read practice-needed' : 'practice-needed';
}

/** The translate function for the current language. */
export function useT(): (key: MessageKey, params?: TranslateParams) => string {
  const lang = useAppState((s) => s.lang);
  return (key, params) => translate(lang, key, params);
}
