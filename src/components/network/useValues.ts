import { valueAt } from '../../engine';
import { useDerivedShallow } from './useMoment';

/** The values of up to three quantities, by position; undefined while not computed yet. */
export interface Values {
  readonly first: number | undefined;
  readonly second: number | undefined;
  readonly third: number | undefined;
}

/**
 * The numbers a diagram element shows, in one subscription to the store instead of one
 * per number: every subscription runs at every step, and a 12 × 64 network draws 2,300
 * such elements. The object keeps its identity while the numbers stay the same.
 */
export function useValues(first: string, second?: string, third?: string): Values {
  return useDerivedShallow((select, s) => {
    const trace = select.trace(s);
    const at = (key: string | undefined) =>
      key === undefined ? undefined : valueAt(trace, key, s.cursor);
    return { first: at(first), second: at(second), third: at(third) };
  });
}
