import '../../styles/playground.css';
import '../../styles/playground-diagram.css';
import { useAppState } from '../../store/StoreProvider';
import { useMediaQuery } from '../common/useMediaQuery';
import { DataCaption } from './DataCaption';
import { DataControls } from './DataControls';
import { DecisionMap } from './DecisionMap';
import { DriverContext, useNewDriver } from './driverContext';
import { GradientPanel } from './GradientPanel';
import { HyperControls } from './HyperControls';
import { LossCurves } from './LossCurves';
import { OutputLegend } from './OutputLegend';
import { NetworkControls } from './NetworkControls';
import { NeuronMaps } from './NeuronMaps';
import { NoticeDock } from './NoticeDock';
import { OwnDataProvider } from './ownDataContext';
import { RunBar } from './RunBar';
import { RunNotices } from './RunNotices';
import { PreviewNeuronProvider, SelectedNeuronProvider } from './selectedNeuron';

/**
 * The gradient-descent scene's Data mode, the data playground: TensorFlow Playground's data
 * sets, features, network and decision map, trained in a worker, plus what backprop adds
 * to it: every neuron's δ over the training examples, and the selected neuron's ∂L/∂w.
 * Columns as in the Playground: data, network (its maps, then its controls), output; one
 * column on a phone. In presenter
 * mode the network diagram and the decision map come first, large, with the caption (and,
 * on a wide screen, the loss chart in it) under them; the controls follow below, with the
 * map's legend first.
 */
const WIDE_STAGE = '(min-width: 1400px)';

export function DataMode() {
  const driver = useNewDriver();
  const presenter = useAppState((s) => s.presenter);
  // Wide enough for the loss chart beside the caption's text (presenter mode).
  const wide = useMediaQuery(WIDE_STAGE);
  return (
    <DriverContext.Provider value={driver}>
      <SelectedNeuronProvider>
        <PreviewNeuronProvider>
          <OwnDataProvider>
            <div className="training-scene playground" data-testid="playground">
              <RunBar />
              {!presenter && <HyperControls bar />}
              {presenter ? (
                <>
                  <div className="playground-stage">
                    <section className="playground-column playground-network">
                      <NeuronMaps />
                    </section>
                    <section className="playground-column playground-output">
                      <DecisionMap extras={false} />
                    </section>
                    <DataCaption chart={wide} />
                  </div>
                  <div className="playground-grid">
                    <section className="playground-column playground-data">
                      <DataControls />
                    </section>
                    <section className="playground-column">
                      <NetworkControls />
                    </section>
                    <section className="playground-column">
                      {/* The map's legend and options, and the loss chart where the caption
                        has no room for it: below the stage, so the map above stays large. */}
                      <div className="playground-panel">
                        <OutputLegend />
                        {!wide && <LossCurves />}
                      </div>
                      <HyperControls />
                    </section>
                  </div>
                </>
              ) : (
                <div className="playground-grid">
                  <section className="playground-column playground-data">
                    <DataControls />
                  </section>
                  {/* The maps first, beside the output, so a laptop shows both at once; the
                    network's controls under them. */}
                  <section className="playground-column playground-network">
                    <NeuronMaps />
                    <NetworkControls />
                  </section>
                  <section className="playground-column playground-output">
                    <DecisionMap />
                  </section>
                </div>
              )}
              <GradientPanel />
              <NoticeDock>
                <RunNotices />
              </NoticeDock>
            </div>
          </OwnDataProvider>
        </PreviewNeuronProvider>
      </SelectedNeuronProvider>
    </DriverContext.Provider>
  );
}
