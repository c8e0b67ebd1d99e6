import { useContext, useRef } from 'react';
import type { TraceStep } from '../../engine';
import type { Selectors } from '../../store/selectors';
import { useDerived } from '../../store/StoreProvider';
import type { AppState } from '../../store/types';
import { withNeeded, type Involvement } from '../common/hooks';
import { labelKey, type LabelPart } from './labelKeys';
import type { PlacedLabel } from './labelPlacement';
import { LabelModelContext } from './labelModel';

/** How `step` involves element `id`: it writes it, reads it, or neither. */
export function involvementOf(step: TraceStep | undefined, id: string): 'write' | 'read' | null {
  if (step === undefined) return null;
  if (step.writes.includes(id)) return 'write';
  return step.reads.includes(id) ? 'read' : null;
}

function shallowEqual<T extends object>(a: T, b: T): boolean {
  const ka = Object.keys(a) as (keyof T)[];
  return ka.length === Object.keys(b).length && ka.every((k) => Object.is(a[k], b[k]));
}

/**
 * A derived object that keeps its identity while its fields are the same, so that the
 * element re-renders only when something it draws changes.
 */
export function useDerivedShallow<T extends object>(
  selector: (select: Selectors, state: AppState) => T,
): T {
  const last = useRef<T | null>(null);
  return useDerived((select, s) => {
    const next = selector(select, s);
    const previous = last.current;
    if (previous !== null && shallowEqual(previous, next)) return previous;
    last.current = next;
    return next;
  });
}

/**
 * What a diagram element draws differently from one moment of the lesson to the next:
 * how the step involves it, whether it (or its twin in the other network) is in focus,
 * whether the gradients phase runs, and where its labels are (up to three, in the order
 * asked). One subscription per element instead of one per fact: the 8×16 network has
 * about 3,500 elements, and every subscription runs on every change of the store.
 */
export interface Moment {
  readonly involvement: Involvement;
  readonly focused: boolean;
  readonly gradients: boolean;
  readonly first: PlacedLabel | null;
  readonly second: PlacedLabel | null;
  readonly third: PlacedLabel | null;
}

export function useMoment(id: string, parts: readonly LabelPart[], twin?: string): Moment {
  const model = useContext(LabelModelContext);
  const [p1, p2, p3] = parts;
  return useDerivedShallow((select, s) => {
    const step = select.currentStep(s);
    const slot = (part: LabelPart | undefined) =>
      part === undefined || model === null ? null : model.slot(labelKey(id, part), step, s.focus);
    return {
      // Practice's first hint also marks what the asked step needs.
      involvement: withNeeded(involvementOf(step, id), select.practiceNeeded(s).has(id)),
      focused: s.focus !== null && (s.focus === id || s.focus === twin),
      gradients: step?.phase === 'gradients',
      first: slot(p1),
      second: slot(p2),
      third: slot(p3),
    };
  });
}
