import { useAppState, useDerived } from '../../store/StoreProvider';
import { FormulaPanel } from '../formula/FormulaPanel';
import { GraphNarrationPanel } from './GraphNarrationPanel';
import { useGraphStepTex } from './useGraphStepTex';

/**
 * The graph step's narration and formula, where the page shows them (a phone's step card,
 * an embed, presenter mode's caption); a link can hide either.
 */
export function GraphStepText() {
  const analysis = useDerived((select, s) => select.graphAnalysis(s));
  const hidden = useAppState((s) => s.hidden);
  const toTex = useGraphStepTex(analysis);
  return (
    <>
      {!hidden.includes('narration') && <GraphNarrationPanel analysis={analysis} />}
      {!hidden.includes('formula') && <FormulaPanel toTex={toTex} />}
    </>
  );
}
