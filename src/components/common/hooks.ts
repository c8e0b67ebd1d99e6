import { valueAt } from '../../engine';
import type { MessageKey } from '../../i18n/en';
import { translate, type TranslateParams } from '../../i18n/translate';
import { useAppState, useDerived } from '../../store/StoreProvider';

/** The value of a trace quantity at the current cursor, or undefined before its step. */
export function useValue(key: string): number | undefined {
  return useDerived((select, s) => valueAt(select.trace(s), key, s.cursor));
}

/** How the current step involves element `id`: it writes it, reads it, or neither. */
export type Involvement = 'write' | 'read' | null;

export function useInvolvement(id: string): Involvement {
  return useDerived((select, s) => {
    const step = select.currentStep(s);
    if (step === undefined) return null;
    if (step.writes.includes(id)) return 'write';
    return step.reads.includes(id) ? 'read' : null;
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
