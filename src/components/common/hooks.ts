import { valueAt } from '../../engine';
import type { MessageKey } from '../../i18n/en';
import { translate, type TranslateParams } from '../../i18n/translate';
import { useAppState, useDerived } from '../../store/StoreProvider';

/**
 * The value of a trace quantity at the current cursor, or undefined before its step and
 * while practice asks it (the store's trace has the unanswered values taken out).
 */
export function useValue(key: string): number | undefined {
  return useDerived((select, s) => valueAt(select.trace(s), key, s.cursor));
}

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

export function useInvolvement(id: string): Involvement {
  return useDerived((select, s) => {
    const needed = select.practiceNeeded(s).has(id);
    const step = select.currentStep(s);
    if (step === undefined) return withNeeded(null, needed);
    if (step.writes.includes(id)) return 'write';
    return withNeeded(step.reads.includes(id) ? 'read' : null, needed);
  });
}

/** True when `id` or its twin in the other network is hovered or focused. */
export function useFocused(id: string, twin?: string): boolean {
  return useAppState((s) => s.focus !== null && (s.focus === id || s.focus === twin));
}

/** The translate function for the current language. */
export function useT(): (key: MessageKey, params?: TranslateParams) => string {
  const lang = useAppState((s) => s.lang);
  return (key, params) => translate(lang, key, params);
}
