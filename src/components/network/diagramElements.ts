import { createContext, useCallback, useContext, type RefCallback } from 'react';

/**
 * Where the network diagram's elements are in the DOM, by element id (`neuron-1-0`,
 * `edge-0-1-0`, `loss`): for the code that must reach one (keeping the current step in
 * view, placing the in-place editor over a weight, giving focus back). Each element
 * records itself through {@link useElementRef}, so nothing at run time looks elements up
 * by their test ids and the DOM carries no attribute for it.
 */
export interface DiagramElements {
  /** Records `element` as the one drawn for `id`; returns the cleanup that forgets it. */
  readonly record: (id: string, element: SVGGElement) => () => void;
  /** The element drawn for `id`, if it is on screen. */
  readonly get: (id: string) => SVGGElement | undefined;
  /** Remembers `id` (or none) as the element a click, tap or focus last selected. */
  readonly select: (id: string | null) => void;
  /** The selected element, which the inspector keeps showing when the pointer leaves. */
  readonly selected: () => string | null;
}

/** A new, empty set of diagram elements, owned by the scene that draws the diagram. */
export function createDiagramElements(): DiagramElements {
  const elements = new Map<string, SVGGElement>();
  let selection: string | null = null;
  return {
    record: (id, element) => {
      elements.set(id, element);
      return () => {
        if (elements.get(id) === element) elements.delete(id);
      };
    },
    get: (id) => elements.get(id),
    select: (id) => {
      selection = id;
    },
    selected: () => selection,
  };
}

/** The diagram elements of the scene around; none outside a scene that provides them. */
export const DiagramElementsContext = createContext<DiagramElements | null>(null);

/** The ref a diagram element puts on its root, so that it can be found by `id`. */
export function useElementRef(id: string): RefCallback<SVGGElement> {
  const elements = useContext(DiagramElementsContext);
  return useCallback(
    (element: SVGGElement | null) =>
      element === null || elements === null ? undefined : elements.record(id, element),
    [elements, id],
  );
}
