import { FormulaPanel } from '../formula/FormulaPanel';
import { NarrationPanel } from '../panels/NarrationPanel';

/** Presenter mode: the step's narration and formula as a caption under the diagram. */
export function CaptionBar() {
  return (
    <div className="caption-bar" data-testid="caption-bar">
      <NarrationPanel />
      <FormulaPanel />
    </div>
  );
}
