import { useMemo } from 'react';
import { playgroundTranslate, type PlaygroundTranslate } from '../../i18n/playground/translate';
import { useAppState } from '../../store/StoreProvider';

/** `useT` for the Data mode: the app's keys and the playground's own (see its dictionary). */
export function usePlaygroundT(): PlaygroundTranslate {
  const lang = useAppState((s) => s.lang);
  return useMemo(() => playgroundTranslate(lang), [lang]);
}
