import { FormulaPanel } from '../formula/FormulaPanel';
import { NarrationPanel } from '../panels/NarrationPanel';

/** The computational-graph scene. */
export function GraphScene() {
  return (
    <div className="scene-layout">
      <div className="diagram-scroll" />
      <aside className="side-panels">
        <FormulaPanel />
        <NarrationPanel />
      </aside>
    </div>
  );
}
