import { useEffect, useState, useSyncExternalStore } from 'react';
import { useActions, useAppState } from '../../store/StoreProvider';
import { RunStore, type RunView } from './runStore';

/**
 * θᵗ for the store's (network, iteration), from a run cached for the scene's lifetime: a
 * step forward costs one step, a jump back restarts from the nearest checkpoint, a far jump
 * is replayed in slices (`view.pending` meanwhile). When the requested iteration lies past
 * a divergence, the store is moved back to the last finite one, so link and screen agree.
 *
 * @example const { view } = useTrainingRun(); view.loss // L(θᵗ)
 */
export function useTrainingRun(): { view: RunView; runs: RunStore } {
  const network = useAppState((s) => s.network);
  const iteration = useAppState((s) => s.iteration);
  const etaLog = useAppState((s) => s.etaLog);
  const { setIteration } = useActions();
  const [runs] = useState(() => new RunStore(network, iteration, etaLog));
  const view = useSyncExternalStore(runs.subscribe, runs.getSnapshot);
  useEffect(() => {
    runs.sync(network, iteration, etaLog);
    return () => runs.cancel();
  }, [runs, network, iteration, etaLog]);
  useEffect(() => () => runs.dispose(), [runs]);
  // A step on the way diverged: the store goes back to the last finite iteration too.
  useEffect(() => {
    if (view.limit < iteration) setIteration(view.limit);
  }, [view.limit, iteration, setIteration]);
  return { view, runs };
}
