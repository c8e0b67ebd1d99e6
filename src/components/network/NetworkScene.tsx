import { useEffect, useRef, useState } from 'react';
import { stepTextInShell } from '../app/layouts';
import { useLayout } from '../app/useLayout';
import { keepInView } from '../common/keepInView';
import { useAppState, useDerived } from '../../store/StoreProvider';
import { FormulaPanel } from '../formula/FormulaPanel';
import { PracticePanel } from '../practice';
import { Inspector } from '../panels/Inspector';
import { NarrationPanel } from '../panels/NarrationPanel';
import { NumericNotes } from '../panels/NumericNotes';
import { createDiagramElements, DiagramElementsContext } from './diagramElements';
import { EditPopover } from './EditPopover';
import { NetworkDiagram } from './NetworkDiagram';
import { NetworkSettings } from './NetworkSettings';
import { NetworkToolbar } from './NetworkToolbar';
import { ZoomControls, type Zoom } from '../common/ZoomControls';

/**
 * The lecture's network and its reverse network, with the step's formula, narration and
 * inspector beside it. In presenter mode only the diagram stays (the caption bar below
 * carries the narration and formula); a link can hide any of the panels.
 */
export function NetworkScene() {
  const network = useAppState((s) => s.network);
  const presenter = useAppState((s) => s.presenter);
  const embed = useAppState((s) => s.embed);
  const hidden = useAppState((s) => s.hidden);
  const scroll = useRef<HTMLDivElement>(null);
  const [elements] = useState(createDiagramElements);
  const [zoom, setZoom] = useState<Zoom>('fit');
  // Follow the step: the element it writes scrolls into the panel when it is outside.
  const written = useDerived((select, s) => select.currentStep(s)?.writes[0]);
  useEffect(() => {
    const container = scroll.current;
    const element = written === undefined ? undefined : elements.get(written);
    if (container && element) keepInView(container, element);
  }, [written, elements]);
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
        <div className="diagram-scroll" ref={scroll}>
          <DiagramElementsContext value={elements}>
            <NetworkDiagram scenario={network} zoom={presenter ? 'fit' : zoom} />
            {editable && <EditPopover container={scroll} />}
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
