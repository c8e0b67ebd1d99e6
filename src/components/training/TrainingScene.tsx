import { lazy, Suspense, useCallback, useState } from 'react';
import { useActions, useAppState, useAppStoreApi } from '../../store/StoreProvider';
import '../../styles/training.css';
import { cx } from '../common/classNames';
import { useT } from '../common/hooks';
import { PracticePanel, usePractising } from '../practice';
import { DivergenceAlert } from './DivergenceAlert';
import { DivergenceNotice } from './DivergenceNotice';
import { ExampleGradientChart } from './ExampleGradientChart';
import { GradientCheckPanel } from './GradientCheckPanel';
import { LossChart } from './LossChart';
import { NormsChart } from './NormsChart';
import { SampleTable } from './SampleTable';
import { StepTable } from './StepTable';
import { SurfaceChart } from './SurfaceChart';
import { TrainingCaption } from './TrainingCaption';
import { TrainingControls } from './TrainingControls';
import { TrainingModeSwitch } from './TrainingModeSwitch';
import { TrainingPresets } from './TrainingPresets';
import { usePlayLoop } from './usePlayLoop';
import { useThrottled } from './useThrottled';
import { useTrainingKeys } from './useTrainingKeys';
import { useTrainingRun } from './useTrainingRun';
import { WhyBackward } from './WhyBackward';

const VIEWS = ['train', 'why', 'check'] as const;
type View = (typeof VIEWS)[number];

/** Panels that recompute a lot (per-example passes, gradient checks) refresh this often while playing. */
const SLOW_PANEL_MS = 250;

const DataMode = lazy(() =>
  import('../playground/DataMode').then((m) => ({ default: m.DataMode })),
);

/**
 * The gradient-descent scene in either of its modes: the lecture's examples, or the data
 * playground (a data set on the plane, trained in a worker); the switch sits above both.
 */
export function TrainingScene() {
  const mode = useAppState((s) => s.trainingData.mode);
  return (
    <>
      <TrainingModeSwitch />
      {mode === 'data' ? (
        <Suspense fallback={null}>
          <DataMode />
        </Suspense>
      ) : (
        <ExamplesMode />
      )}
    </>
  );
}

/**
 * The Examples mode of the gradient-descent scene (lecture, section 1): θᵗ⁺¹ = θᵗ − η∇L(θᵗ), stepped or played,
 * with the loss curve, the path over the loss surface, the gradient per layer, the sum over
 * examples and the step table; "why backwards" and the gradient check in their own tabs.
 * θᵗ is derived from (network, iteration) in the store, so a link reproduces it exactly.
 */
function ExamplesMode() {
  const t = useT();
  const { view, runs } = useTrainingRun();
  const { setIteration, setPlaying, togglePlaying, applyEtaFrom } = useActions();
  const { store } = useAppStoreApi();
  // Chapter 8 of the lecture (why backwards) opens on its own view.
  const chapter = useAppState((s) => s.chapter);
  const [tab, setTab] = useState<View>(chapter === 8 ? 'why' : 'train');
  // Playing runs gradient descent here (the store's playback of this scene).
  const running = useAppState((s) => s.playing);
  const rate = useAppState((s) => s.trainingRate);
  const presenter = useAppState((s) => s.presenter);
  // While steps pour in (playing, or replaying towards a far iteration) the costly panels lag a little.
  const busy = running || view.pending;
  const slow = useThrottled(view, SLOW_PANEL_MS, busy);
  // While practice asks the update θ⁰ → θ¹, the step table (which shows it) waits.
  const practising = usePractising();

  const stop = useCallback(() => setPlaying(false), [setPlaying]);
  usePlayLoop(running, rate, runs, setIteration, stop);

  const stepBy = useCallback(
    (delta: 1 | -1) => {
      setPlaying(false);
      setIteration(store.getState().iteration + delta);
    },
    [setIteration, setPlaying, store],
  );
  const step = useCallback(() => stepBy(1), [stepBy]);
  const back = useCallback(() => stepBy(-1), [stepBy]);
  const reset = useCallback(() => {
    setPlaying(false);
    setIteration(0);
  }, [setIteration, setPlaying]);
  useTrainingKeys({ step, back, toggle: togglePlaying, reset });

  return (
    <div className="training-scene" data-testid="training-scene" data-running={running}>
      <div className="training-top">
        <TrainingControls
          view={view}
          running={running}
          onToggle={togglePlaying}
          onStep={stepBy}
          onReset={reset}
        />
        <TrainingPresets onPick={stop} />
      </div>
      <DivergenceAlert view={view} />
      <DivergenceNotice
        warning={view.warning}
        eta={view.eta}
        suggestion={view.divergence === null ? view.suggestion : null}
        onApply={applyEtaFrom}
      />
      <div
        className="view-tabs"
        role="tablist"
        aria-label={t('training.views')}
        onKeyDown={(event) => {
          // Arrow keys move between the tabs while one has focus (and do not step training).
          const move = event.key === 'ArrowRight' ? 1 : event.key === 'ArrowLeft' ? -1 : 0;
          if (move === 0) return;
          event.preventDefault();
          const next = VIEWS[(VIEWS.indexOf(tab) + move + VIEWS.length) % VIEWS.length] ?? tab;
          setTab(next);
          document.getElementById(`training-tab-${next}`)?.focus();
        }}
      >
        {VIEWS.map((v) => (
          <button
            key={v}
            type="button"
            role="tab"
            id={`training-tab-${v}`}
            aria-selected={tab === v}
            aria-controls={`training-panel-${v}`}
            tabIndex={tab === v ? 0 : -1}
            className={cx('tab', tab === v && 'selected')}
            onClick={() => setTab(v)}
            data-testid={`training-tab-${v}`}
          >
            {t(`training.tab.${v}`)}
          </button>
        ))}
      </div>
      <div
        role="tabpanel"
        id={`training-panel-${tab}`}
        aria-labelledby={`training-tab-${tab}`}
        className="training-panel"
      >
        {tab === 'train' && (
          <div className="training-grid">
            <div className="training-charts">
              <div className="chart-column">
                <LossChart view={view} />
                <NormsChart view={view} />
              </div>
              <div className="chart-column">
                <SurfaceChart view={view} busy={busy} watch={runs.watch} />
                <ExampleGradientChart view={slow} />
              </div>
            </div>
            <aside className="training-side">
              <PracticePanel withFormula />
              {!practising && <StepTable view={slow} />}
              <SampleTable />
            </aside>
          </div>
        )}
        {tab === 'why' && <WhyBackward view={slow} />}
        {tab === 'check' && <GradientCheckPanel view={slow} />}
      </div>
      {presenter && <TrainingCaption view={view} />}
    </div>
  );
}
