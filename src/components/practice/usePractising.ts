import { useDerived } from '../../store/StoreProvider';

/**
 * True while practice asks values in this scene and some are still unanswered: panels that
 * would show them (the step table, the chain-rule view) wait until the exercise is done.
 */
export function usePractising(): boolean {
  return useDerived((select, s) => {
    const status = select.practiceStatus(s);
    return status.on && !status.finished;
  });
}
