import { useEffect } from 'react';
import { translate } from '../../i18n/translate';
import { useAppState } from '../../store/StoreProvider';
import { StepControls } from '../controls/StepControls';
import { Timeline } from '../controls/Timeline';
import { GraphScene } from '../graph/GraphScene';
import { NetworkScene } from '../network/NetworkScene';
import { TrainingScene } from '../training/TrainingScene';
import { ErrorBanner } from './ErrorBanner';
import { Header } from './Header';
import { useKeyboard } from './useKeyboard';
import { usePlayback } from './usePlayback';
import { useFileDrop } from '../share/useFileDrop';

/** The page: header, the current scene, and the stepping controls shared by all scenes. */
export function App() {
  const scene = useAppState((s) => s.scene);
  const lang = useAppState((s) => s.lang);
  useKeyboard();
  usePlayback();
  useFileDrop();
  useEffect(() => {
    document.documentElement.lang = lang === 'zh' ? 'zh-CN' : 'en';
    document.title = translate(lang, 'app.title');
  }, [lang]);

  return (
    <div className="app">
      <Header />
      <ErrorBanner />
      <main className="scene" id="main">
        {scene === 'network' ? (
          <NetworkScene />
        ) : scene === 'graph' ? (
          <GraphScene />
        ) : (
          <TrainingScene />
        )}
      </main>
      {/* The training scene runs whole gradient-descent steps and has controls of its own. */}
      {scene !== 'training' && (
        <footer className="stepper">
          <StepControls />
          <Timeline />
        </footer>
      )}
    </div>
  );
}
