import { wrap, type Remote } from 'comlink';
import type { PlaygroundApi } from './playgroundProtocol';

/** A running playground worker and the typed handle to call it through. */
export interface PlaygroundWorker {
  readonly api: Remote<PlaygroundApi>;
  /** Ends the worker (its training stops at once). */
  terminate(): void;
}

/**
 * Starts the playground's Web Worker. Vite bundles the worker from this `new URL(…)`
 * form into its own chunk, served from the app's origin (so the CSP's `'self'` allows it).
 *
 * @example
 * const { api, terminate } = startPlaygroundWorker();
 * await api.configure(config);
 * await api.play();
 * const frame = await api.frame({ decision: 100, neurons: 50 });
 */
export function startPlaygroundWorker(): PlaygroundWorker {
  const worker = new Worker(new URL('./playgroundWorker.ts', import.meta.url), { type: 'module' });
  return { api: wrap<PlaygroundApi>(worker), terminate: () => worker.terminate() };
}
