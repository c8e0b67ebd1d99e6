import { useRef } from 'react';
import { useAppState } from '../../store/StoreProvider';
import { FormulaPanel } from '../formula/FormulaPanel';
import { Inspector } from '../panels/Inspector';
import { NarrationPanel } from '../panels/NarrationPanel';
import { EditPopover } from './EditPopover';
import { NetworkDiagram } from './NetworkDiagram';
import { NetworkSettings } from './NetworkSettings';
import { NetworkToolbar } from './NetworkToolbar';

/** The lecture's network and its reverse network, with the step's formula and narration. */
export function NetworkScene() {
  const network = useAppState((s) => s.network);
  const scroll = useRef<HTMLDivElement>(null);
  return (
    <div className="scene-layout">
      <div className="diagram-column">
        <NetworkToolbar />
        <div className="diagram-scroll" ref={scroll}>
          <NetworkDiagram scenario={network} />
          <EditPopover container={scroll} />
        </div>
      </div>
      <aside className="side-panels">
        <FormulaPanel />
        <NarrationPanel />
        <Inspector />
        <NetworkSettings />
      </aside>
    </div>
  );
}
