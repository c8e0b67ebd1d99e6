import { useAppState } from '../../store/StoreProvider';
import { FormulaPanel } from '../formula/FormulaPanel';
import { Inspector } from '../panels/Inspector';
import { NarrationPanel } from '../panels/NarrationPanel';
import { NetworkDiagram } from './NetworkDiagram';

/** The lecture's network and its reverse network, with the step's formula and narration. */
export function NetworkScene() {
  const network = useAppState((s) => s.network);
  return (
    <div className="scene-layout">
      <div className="diagram-scroll">
        <NetworkDiagram scenario={network} />
      </div>
      <aside className="side-panels">
        <FormulaPanel />
        <NarrationPanel />
        <Inspector />
      </aside>
    </div>
  );
}
