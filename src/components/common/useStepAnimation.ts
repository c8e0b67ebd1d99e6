import { select } from 'd3';
import { useEffect, type RefObject } from 'react';
import type { TraceStep } from '../../engine';
import { useAppStoreApi } from '../../store/StoreProvider';
import type { AppState } from '../../store/types';
import { prefersReducedMotion, type FlowLayerSelection } from './flowAnimation';

interface Options {
  /** The scenario the diagram draws; a new one ends any running animation. */
  readonly document: (state: AppState) => object;
  /** Milliseconds a value takes to travel at 1× speed. */
  readonly travelMs: number;
  /** Draws the step's tokens and pulses into the layer, for `duration` milliseconds. */
  readonly animate: (root: FlowLayerSelection, step: TraceStep, duration: number) => void;
}

/**
 * Runs a diagram's flow animation outside React's render: it subscribes to the store and
 * animates each step as the cursor moves one step forward. Other updates (hover, focus)
 * leave a running animation alone; any other move, a change of scene, a new scenario or
 * reduced motion clears it. A step whose value practice asks is not animated: its tokens
 * would carry the answer. The layer exists only while its scene is shown.
 */
export function useStepAnimation(
  layer: RefObject<SVGGElement | null>,
  { document, travelMs, animate }: Options,
): void {
  const { store, select: derive } = useAppStoreApi();
  useEffect(() => {
    const group = layer.current;
    if (group === null) return undefined;
    const root: FlowLayerSelection = select(group);
    const unsubscribe = store.subscribe((state, previous) => {
      const sameDocument = document(state) === document(previous);
      if (state.cursor === previous.cursor && sameDocument && state.scene === previous.scene)
        return;
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
      if (step !== undefined) animate(root, step, travelMs / state.speed);
    });
    return () => {
      unsubscribe();
      root.selectAll('*').interrupt().remove();
    };
  }, [layer, store, derive, document, travelMs, animate]);
}
