import type { PlaygroundApi } from '../../workers/playgroundProtocol';
import { PlaygroundSession } from '../../workers/playgroundSession';
import { startPlaygroundWorker } from '../../workers/startPlaygroundWorker';

/** The playground's trainer as the page calls it: every call answers with a promise. */
export type TrainerApi = {
  readonly [K in keyof PlaygroundApi]: (
    ...args: Parameters<PlaygroundApi[K]>
  ) => Promise<ReturnType<PlaygroundApi[K]>>;
};

/** Where training runs: in the playground's Web Worker, or in slices on this page. */
export type TrainerKind = 'worker' | 'page';

export interface Trainer {
  readonly kind: TrainerKind;
  readonly api: TrainerApi;
  terminate(): void;
}

/**
 * True where a module worker cannot start: a page opened from disk (the single-file
 * build: file:// has an opaque origin, and its CSP allows only its own inline script), or
 * a browser without workers.
 */
export function workersUnavailable(protocol: string, hasWorker: boolean): boolean {
  return protocol === 'file:' || !hasWorker;
}

/**
 * The same session the worker runs, on the page's own thread: its work is cut into
 * slices of a few milliseconds between timers (the browser clamps nested timers to 4 ms,
 * so about half the time is left to drawing and input). Slower, nothing else is lost.
 */
export function startPageTrainer(): Trainer {
  const session = new PlaygroundSession({
    now: () => performance.now(),
    defer: (task) => void setTimeout(task, 0),
    later: (task, ms) => void setTimeout(task, ms),
  });
  const api: TrainerApi = {
    configure: (config) => Promise.resolve(session.configure(config)),
    play: () => Promise.resolve(session.play()),
    pause: () => Promise.resolve(session.pause()),
    step: (count) => Promise.resolve(session.step(count)),
    reset: () => Promise.resolve(session.reset()),
    setHyperparameters: (hyper) => Promise.resolve(session.setHyperparameters(hyper)),
    editParameter: (index, value) => Promise.resolve(session.editParameter(index, value)),
    setSpeed: (speed) => Promise.resolve(session.setSpeed(speed)),
    applySuggestion: () => Promise.resolve(session.applySuggestion()),
    frame: (request, recycle) => Promise.resolve(session.frame(request, recycle)),
  };
  return { kind: 'page', api, terminate: () => session.pause() };
}

/** The worker where it can start, else the page's own thread. */
export function startTrainer(): Trainer {
  if (workersUnavailable(location.protocol, typeof Worker === 'function'))
    return startPageTrainer();
  try {
    const { api, terminate } = startPlaygroundWorker();
    return { kind: 'worker', api, terminate };
  } catch {
    return startPageTrainer();
  }
}
