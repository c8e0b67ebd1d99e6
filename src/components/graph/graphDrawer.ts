import { wrap, type Remote } from 'comlink';
import type { GraphAnalysis } from '../../engine';
import type { GraphDrawingApi } from '../../workers/graphDrawingProtocol';
import { joinDrawing, type DrawingPart } from './drawingParts';
import { drawGraph, type GraphDrawing } from './graphDrawing';

/** Lays out large graphs away from the page's thread, one at a time. */
export interface GraphDrawer {
  /**
   * Lays out `analysis`. Settles with null when a later request replaced this one before
   * it started (typing into a large graph's input asks again at every key).
   */
  draw(analysis: GraphAnalysis): Promise<GraphDrawing | null>;
  /** Stops the worker; waiting requests settle with null. */
  dispose(): void;
}

/** True where a module worker can start (not from file://, the single-file build's origin). */
export const canDrawOffThread = (protocol: string): boolean =>
  typeof Worker === 'function' && protocol !== 'file:';

/** After the page has painted what it has: the layout still holds the thread, but later. */
const drawSoon = (analysis: GraphAnalysis): Promise<GraphDrawing> =>
  new Promise((resolve, reject) =>
    setTimeout(() => {
      try {
        resolve(drawGraph(analysis));
      } catch (error) {
        reject(error instanceof Error ? error : new Error(String(error)));
      }
    }, 0),
  );

/**
 * Starts a drawer: its worker starts with the first request, and if it cannot start, or
 * fails, the layout is made on this thread after the next paint. Requests made while one
 * is laid out are coalesced to the latest.
 */
export function startGraphDrawer(protocol = location.protocol): GraphDrawer {
  let offThread = canDrawOffThread(protocol);
  let worker: { api: Remote<GraphDrawingApi>; failed: Promise<never>; stop(): void } | null = null;
  let waiting: { analysis: GraphAnalysis; resolve: (d: GraphDrawing | null) => void } | null = null;
  let running = false;
  let disposed = false;

  const startWorker = () => {
    const thread = new Worker(new URL('../../workers/graphDrawingWorker.ts', import.meta.url), {
      type: 'module',
    });
    // comlink never settles a call to a worker that failed to load: the error event does.
    const failed = new Promise<never>((_, reject) =>
      thread.addEventListener('error', () => reject(new Error('graph layout worker failed'))),
    );
    failed.catch(() => undefined);
    return { api: wrap<GraphDrawingApi>(thread), failed, stop: () => thread.terminate() };
  };
  const drawThere = async (analysis: GraphAnalysis): Promise<GraphDrawing> => {
    const { api, failed } = (worker ??= startWorker());
    const head = await Promise.race([api.draw(analysis), failed]);
    const parts: DrawingPart[] = [];
    for (let i = 0; i < head.parts; i++) parts.push(await Promise.race([api.part(i), failed]));
    return joinDrawing(head, parts);
  };
  const fallBack = () => {
    worker?.stop();
    worker = null;
    offThread = false;
  };
  const pump = async () => {
    running = true;
    while (waiting !== null && !disposed) {
      const { analysis, resolve } = waiting;
      waiting = null;
      let drawing: GraphDrawing;
      if (offThread) {
        try {
          drawing = await drawThere(analysis);
        } catch {
          fallBack();
          drawing = await drawSoon(analysis);
        }
      } else drawing = await drawSoon(analysis);
      resolve(disposed ? null : drawing);
    }
    running = false;
  };

  return {
    draw: (analysis) =>
      new Promise((resolve, reject) => {
        waiting?.resolve(null);
        waiting = { analysis, resolve };
        if (!running) pump().catch(reject);
      }),
    dispose() {
      disposed = true;
      waiting?.resolve(null);
      waiting = null;
      worker?.stop();
      worker = null;
    },
  };
}
