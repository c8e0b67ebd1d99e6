import { useAppState } from '../../store/StoreProvider';
import { FormulaPanel } from '../formula/FormulaPanel';
import { NarrationPanel } from '../panels/NarrationPanel';

/**
 * The network step's narration and formula, where the page shows them (a phone's step
 * card, an embed, presenter mode's caption); a link can hide either.
 */
export function NetworkStepText() {
  const hidden = useAppState((s) => s.hidden);
  return (
    <>
      {!hidden.includes('narration') && <NarrationPanel />}
      {!hidden.includes('formula') && <FormulaPanel />}
    </>
  );
}
