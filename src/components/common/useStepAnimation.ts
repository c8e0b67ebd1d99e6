import { useEffect, type RefObject } from 'react';
import type { TraceStep } from '../../engine';
import { useAppStoreApi } from '../../store/StoreProvider';
import type { AppState } from '../../store/types';
import type * as FlowAnimation from './flowAnimation';
import type { FlowLayerSelection } from './flowAnimation';
import { prefersReducedMotion } from './reducedMotion';

/** The drawing functions of the flow animation (flowAnimation.ts, loaded with D3). */
export type FlowMotion = Pick<typeof FlowAnimation, 'animateToken' | 'animatePulse'>;

interface Options {
  /** The scenario the diagram draws; a new one ends any running animation. */
  readonly document: (state: AppState) => object;
  /** Milliseconds a value takes to travel at 1× speed. */
  readonly travelMs: number;
  /** Draws the step's tokens and pulses into the layer, for `duration` milliseconds. */
  readonly animate: (
    motion: FlowMotion,
    root: FlowLayerSelection,
    step: TraceStep,
    duration: number,
  ) => void;
}

/**
 * Runs a diagram's flow animation outside React's render: it subscribes to the store and
 * animates each step as the cursor moves one step forward. Other updates (hover, focus)
 * leave a running animation alone; any other move, a change of scene, a new scenario or
 * reduced motion clears it. A step whose value practice asks is not animated: its tokens
 * would carry the answer. The layer exists only while its scene is shown.
 *
 * The animation's code and D3 load when the layer mounts, after the first screen (they
 * were 11 KB of its JavaScript); the layer carries `data-ready` once they have.
 */
export function useStepAnimation(
  layer: RefObject<SVGGElement | null>,
  { document, travelMs, animate }: Options,
): void {
  const { store, select: derive } = useAppStoreApi();
  useEffect(() => {
    const group = layer.current;
    if (group === null) return undefined;
    let stop: (() => void) | null = null;
    let cancelled = false;
    import('./flowAnimation')
      .then((motion) => {
        if (cancelled) return;
        const root = motion.flowLayerOf(group);
        let pending = 0;
        const unsubscribe = store.subscribe((state, previous) => {
          const sameDocument = document(state) === document(previous);
          if (state.cursor === previous.cursor && sameDocument && state.scene === previous.scene)
            return;
          cancelAnimationFrame(pending);
          root.selectAll('*').interrupt().remove();
          if (
            state.scene !== previous.scene ||
            state.cursor !== previous.cursor + 1 ||
            !sameDocument ||
            prefersReducedMotion() ||
            derive.practicePrompt(state)?.step === state.cursor - 1
          )
            return;
          const step = derive.currentStep(state);
          if (step === undefined) return;
          const duration = travelMs / state.speed;
          // While playing, the tokens set off a frame later: the frame of the step itself
          // already draws the diagram's changes (a large network's was over budget).
          if (state.playing)
            pending = requestAnimationFrame(() => animate(motion, root, step, duration));
          else animate(motion, root, step, duration);
        });
        group.dataset.ready = 'true';
        stop = () => {
          cancelAnimationFrame(pending);
          unsubscribe();
          root.selectAll('*').interrupt().remove();
        };
      })
      .catch(() => undefined); // without its chunk the steps still show, unanimated
    return () => {
      cancelled = true;
      stop?.();
    };
  }, [layer, store, derive, document, travelMs, animate]);
}
