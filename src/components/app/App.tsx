import { Suspense, useEffect } from 'react';
import { translate } from '../../i18n/translate';
import { SCENE_MODELS } from '../../store/scenes';
import { useAppState } from '../../store/StoreProvider';
import { cx } from '../common/classNames';
import { ChapterIntro } from '../chapters/ChapterIntro';
import { ClassHost } from '../class/ClassHost';
import { StepControls } from '../controls/StepControls';
import { Timeline } from '../controls/Timeline';
import { SCENE_VIEWS } from '../scenes';
import { useFileDrop } from '../share/useFileDrop';
import { BlankScreen } from './BlankScreen';
import { CaptionBar } from './CaptionBar';
import { EmbedBar } from './EmbedBar';
import { ErrorBanner } from './ErrorBanner';
import { SceneBoundary } from './SceneBoundary';
import { Header } from './Header';
import { useIdle } from './useIdle';
import { PresenterToggle } from './PresenterToggle';
import { useKeyboard } from './useKeyboard';
import { usePlayback } from './usePlayback';
import { useTheme } from './useTheme';

/** Presenter mode fades its controls after this long without activity. */
const IDLE_MS = 3000;

/**
 * The page: header, the current scene, and the stepping controls shared by the step-by-step
 * scenes. Presenter mode, embedding and `hide=` in the link take parts away.
 */
export function App() {
  const scene = useAppState((s) => s.scene);
  const lang = useAppState((s) => s.lang);
  const presenter = useAppState((s) => s.presenter);
  const embed = useAppState((s) => s.embed);
  const hidden = useAppState((s) => s.hidden);
  const idle = useIdle(IDLE_MS, presenter);
  useKeyboard();
  usePlayback();
  useFileDrop();
  useTheme();
  useEffect(() => {
    document.documentElement.lang = lang === 'zh' ? 'zh-CN' : 'en';
    document.title = translate(lang, 'app.title');
  }, [lang]);

  const showHeader = !embed && !presenter && !hidden.includes('header');
  // Scenes past the first screen load when first opened (see the registry, ../scenes.ts).
  const { component: Scene, presenterCaption } = SCENE_VIEWS[scene];
  const { walksTrace } = SCENE_MODELS[scene];
  return (
    <div
      className={cx(
        'app',
        presenter && 'presenter',
        embed && 'embed',
        idle && 'idle',
        `scene-${scene}`,
      )}
    >
      {showHeader && <Header />}
      {embed && <EmbedBar />}
      <ErrorBanner />
      {!embed && <ClassHost />}
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
      {presenter && presenterCaption && <CaptionBar />}
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
