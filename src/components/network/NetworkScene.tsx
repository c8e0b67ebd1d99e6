import { useRef, useState } from 'react';
import '../../styles/network.css';
import '../../styles/network-edit.css';
import { stepTextInShell } from '../app/layouts';
import { useLayout } from '../app/useLayout';
import { useAppState } from '../../store/StoreProvider';
import { FormulaPanel } from '../formula/FormulaPanel';
import { PracticePanel } from '../practice';
import { Inspector } from '../panels/Inspector';
import { NarrationPanel } from '../panels/NarrationPanel';
import { NumericNotes } from '../panels/NumericNotes';
import { useT } from '../common/hooks';
import { isCoarse } from './coarseDrawing';
import { createDiagramElements, DiagramElementsContext } from './diagramElements';
import { EditPopover } from './EditPopover';
import { FollowStep } from './FollowStep';
import { NetworkDiagram, useNetworkLayout } from './NetworkDiagram';
import { NetworkSettings } from './NetworkSettings';
import { NetworkToolbar } from './NetworkToolbar';
import { usePanelBox } from './usePanelBox';
import { usePinchZoom } from './usePinchZoom';
import { ZoomControls, type Zoom } from '../common/ZoomControls';

/** Until the panel is measured: a laptop's panel. */
const FIRST_BOX = { width: 880, height: 520 };

/**
 * The lecture's network and its reverse network, with the step's formula, narration and
 * inspector beside it. In presenter mode only the diagram stays (the caption bar below
 * carries the narration and formula); a link can hide any of the panels.
 *
 * The diagram is laid out for the panel the page gives it ("Fit"), and magnified or
 * shrunk by the zoom buttons, a pinch or Ctrl + wheel; whatever is larger than the panel
 * scrolls inside it, and the panel follows the step.
 */
export function NetworkScene() {
  const network = useAppState((s) => s.network);
  const presenter = useAppState((s) => s.presenter);
  const embed = useAppState((s) => s.embed);
  const hidden = useAppState((s) => s.hidden);
  const scroll = useRef<HTMLDivElement>(null);
  const [elements] = useState(createDiagramElements);
  const [zoom, setZoom] = useState<Zoom>('fit');
  const scale = zoom === 'fit' || presenter ? 1 : zoom;
  const { box, measured } = usePanelBox(scroll, FIRST_BOX);
  const { layout, titles } = useNetworkLayout(network.layers, box);
  usePinchZoom(scroll, scale, setZoom);
  const t = useT();
  const editable = !hidden.includes('editor');
  const panels = !presenter && !embed;
  // Phones, embeds and presenter mode show the step's text on the page's card or caption.
  const ownStepText = !stepTextInShell(useLayout());
  return (
    <div className={panels ? 'scene-layout' : 'scene-layout solo'}>
      <div className="diagram-column">
        {panels && (
          <div className="diagram-bar">
            {editable && <NetworkToolbar />}
            <ZoomControls zoom={zoom} onZoom={setZoom} />
          </div>
        )}
        {panels && isCoarse(network.layers) && (
          <p className="coarse-note" data-testid="coarse-note">
            {t('netDiagram.coarse')}
          </p>
        )}
        <div className="diagram-scroll network-scroll" ref={scroll}>
          <DiagramElementsContext value={elements}>
            {measured && (
              <NetworkDiagram scenario={network} layout={layout} titles={titles} scale={scale} />
            )}
            {editable && <EditPopover container={scroll} />}
            <FollowStep container={scroll} layout={layout} scale={scale} />
          </DiagramElementsContext>
        </div>
        {/* Without side panels (presenter mode, embedded) the answer box sits under the diagram. */}
        {!panels && <PracticePanel offer={false} />}
      </div>
      {(panels || embed) && (
        <aside className="side-panels">
          {panels && <PracticePanel />}
          {ownStepText && !hidden.includes('formula') && <FormulaPanel />}
          {ownStepText && !hidden.includes('narration') && <NarrationPanel />}
          <NumericNotes />
          {panels && !hidden.includes('inspector') && <Inspector />}
          {panels && editable && <NetworkSettings />}
        </aside>
      )}
    </div>
  );
}
