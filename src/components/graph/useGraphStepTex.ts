import { useCallback, useMemo } from 'react';
import type { GraphAnalysis, TraceStep } from '../../engine';
import { translate } from '../../i18n/translate';
import { useAppState } from '../../store/StoreProvider';
import { graphStepTex } from './graphTex';

/**
 * The TeX lines of a graph step, in the page's language, for FormulaPanel's `toTex`. Stable
 * while the analysis and the language are, so the formula is typeset again only when needed.
 *
 * @example <FormulaPanel toTex={useGraphStepTex(analysis)} />
 */
export function useGraphStepTex(analysis: GraphAnalysis): (step: TraceStep) => string[] {
  const lang = useAppState((s) => s.lang);
  const words = useMemo(
    () => ({
      local: translate(lang, 'graph.tex.local'),
      upstream: translate(lang, 'graph.tex.upstream'),
      downstream: translate(lang, 'graph.tex.downstream'),
      notReal: translate(lang, 'value.notReal'),
    }),
    [lang],
  );
  return useCallback((s: TraceStep) => graphStepTex(s, analysis, words), [analysis, words]);
}
