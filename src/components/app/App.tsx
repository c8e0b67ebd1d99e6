import { lazy, Suspense, useEffect, useLayoutEffect, useRef } from 'react';
import { translate } from '../../i18n/translate';
import { SCENE_MODELS } from '../../store/scenes';
import { useAppState } from '../../store/StoreProvider';
import { cx } from '../common/classNames';
import { ChapterIntro } from '../chapters/ChapterIntro';
import { StepControls } from '../controls/StepControls';
import { Timeline } from '../controls/Timeline';
import { SCENE_VIEWS } from '../scenes';
import { useFileDrop } from '../share/useFileDrop';
import { BlankScreen } from './BlankScreen';
import { CaptionBar } from './CaptionBar';
import { EmbedBar } from './EmbedBar';
import { ErrorBanner } from './ErrorBanner';
import { presenterZoom, STEP_TEXT_PLACE } from './layouts';
import { SceneBoundary } from './SceneBoundary';
import { Header } from './Header';
import { StepCard } from './StepCard';
import { useEmbedApi } from './useEmbedApi';
import { useIdle } from './useIdle';
import { useLayout, useViewport } from './useLayout';
import { PresenterToggle } from './PresenterToggle';
import { useKeyboard } from './useKeyboard';
import { usePlayback } from './usePlayback';
import { useSwipeSteps } from './useSwipeSteps';
import { useTheme } from './useTheme';
// The page's stylesheets, in cascade order: the base, then the layouts that refine it.
import '../../styles/app.css';
import '../../styles/shell.css';
import '../../styles/compact.css';
import '../../styles/presenter.css';

// The live class loads only when the page has one to show (its host reads the link first).
const ClassHost = lazy(() => import('../class/ClassHost').then((m) => ({ default: m.ClassHost })));

/** Presenter mode fades its controls after this long without activity. */
const IDLE_MS = 3000;

/**
 * The page: header, the chapter's introduction, the current scene, the step's text (on a
 * card or a caption where the layout wants it, see layouts.ts) and the stepping controls
 * shared by the step-by-step scenes. Presenter mode, embedding and `hide=` in the link take
 * parts away. The layout (`data-layout`) comes from the viewport; app.css places the parts.
 */
export function App() {
  const scene = useAppState((s) => s.scene);
  const lang = useAppState((s) => s.lang);
  const presenter = useAppState((s) => s.presenter);
  const embed = useAppState((s) => s.embed);
  const hidden = useAppState((s) => s.hidden);
  const layout = useLayout();
  const idle = useIdle(IDLE_MS, presenter);
  const { walksTrace } = SCENE_MODELS[scene];
  const swipe = useSwipeSteps(walksTrace);
  useKeyboard();
  usePlayback();
  useFileDrop();
  useTheme();
  useEmbedApi(embed);
  useEffect(() => {
    document.documentElement.lang = lang === 'zh' ? 'zh-CN' : 'en';
    document.title = translate(lang, 'app.title');
  }, [lang]);
  // Where a sideways swipe steps, the page's root stops the browser's swipe back (compact.css).
  const swipeSteps = layout === 'phone' || layout === 'phone-landscape' || layout === 'embed';
  useEffect(() => {
    const html = document.documentElement;
    if (swipeSteps) html.dataset.swipe = 'steps';
    else delete html.dataset.swipe;
  }, [swipeSteps]);
  const root = usePresenterZoom(layout === 'presenter');

  const showHeader = !embed && !presenter && !hidden.includes('header');
  // Scenes past the first screen load when first opened (see the registry, ../scenes.ts).
  const { component: Scene, stepText } = SCENE_VIEWS[scene];
  const place = STEP_TEXT_PLACE[layout];
  const textShown = !(hidden.includes('formula') && hidden.includes('narration'));
  const StepText = textShown ? stepText : null;
  return (
    <div
      ref={root}
      className={cx(
        'app',
        presenter && 'presenter',
        embed && 'embed',
        idle && 'idle',
        `scene-${scene}`,
        walksTrace && 'walks-trace',
      )}
      data-layout={layout}
      {...swipe}
    >
      {showHeader && <Header />}
      {embed && <EmbedBar />}
      <div className="banners">
        <ErrorBanner />
        {!embed && (
          <Suspense fallback={null}>
            <ClassHost />
          </Suspense>
        )}
      </div>
      {!presenter && !embed && <ChapterIntro />}
      <main className="scene" id="main">
        <SceneBoundary
          resetKey={scene}
          fallback={(retry) => (
            <div className="error-banner" role="alert">
              <p>{translate(lang, 'error.scene')}</p>
              <button type="button" onClick={retry}>
                {translate(lang, 'error.retry')}
              </button>
            </div>
          )}
        >
          <Suspense fallback={<p className="muted loading">{translate(lang, 'app.loading')}</p>}>
            <Scene />
          </Suspense>
        </SceneBoundary>
      </main>
      {StepText !== null && place !== 'side' && (
        <Suspense fallback={null}>
          {place === 'card' ? <StepCard text={StepText} /> : <CaptionBar text={StepText} />}
        </Suspense>
      )}
      {/* A scene that does not walk its trace (training) has controls of its own. */}
      {walksTrace && (
        <footer className="stepper">
          {!hidden.includes('controls') && <StepControls />}
          {!hidden.includes('timeline') && <Timeline />}
        </footer>
      )}
      {/* Without the stepper, nothing else holds presenter mode's exit button. */}
      {presenter && !walksTrace && (
        <div className="presenter-exit">
          <PresenterToggle />
        </div>
      )}
      <BlankScreen />
    </div>
  );
}

/**
 * Presenter mode's magnification of the graph and training scenes (layouts.ts,
 * presenterZoom), as the `--presenter-zoom` custom property of the page's root element.
 */
function usePresenterZoom(active: boolean) {
  const root = useRef<HTMLDivElement>(null);
  const { width, height } = useViewport();
  useLayoutEffect(() => {
    const element = root.current;
    if (element === null) return;
    if (active)
      element.style.setProperty('--presenter-zoom', String(presenterZoom({ width, height })));
    else element.style.removeProperty('--presenter-zoom');
  }, [active, width, height]);
  return root;
}
