import { createContext, useCallback, useContext, useState, type ReactNode } from 'react';

/** A hidden or output neuron: its DOM layer number (1 = first hidden) and index. */
export interface NeuronRef {
  readonly layer: number;
  readonly index: number;
}

/** An incoming weight of the selected neuron to edit: k, the neuron it comes from. */
export interface WeightPick {
  readonly from: number;
}

interface Selection {
  readonly neuron: NeuronRef | null;
  /** The weight an edge click picked to edit (its row is marked), or null. */
  readonly weight: WeightPick | null;
  select(neuron: NeuronRef | null, weight?: WeightPick): void;
}

const SelectedNeuron = createContext<Selection>({
  neuron: null,
  weight: null,
  select: () => undefined,
});

/**
 * The neuron whose gradient the Data mode explains, and the weight an edge click picked.
 * A view choice of this screen only (not the run's state): it lives with the screen and
 * is not carried by links.
 */
export function SelectedNeuronProvider({ children }: { children: ReactNode }) {
  const [state, setState] = useState<{ neuron: NeuronRef | null; weight: WeightPick | null }>({
    neuron: null,
    weight: null,
  });
  // Stable, so that the memoised edges do not render again with every selection.
  const select = useCallback(
    (neuron: NeuronRef | null, weight?: WeightPick) =>
      // A fresh object each time: picking the same edge again focuses its field again.
      setState({ neuron, weight: weight === undefined ? null : { ...weight } }),
    [],
  );
  return <SelectedNeuron.Provider value={{ ...state, select }}>{children}</SelectedNeuron.Provider>;
}

/** The selected neuron, the picked weight, and the way to change them. */
export function useSelectedNeuron(): Selection {
  return useContext(SelectedNeuron);
}

interface Preview {
  /** The neuron whose map the decision map shows while it is pointed at, or null. */
  readonly neuron: NeuronRef | null;
  show(neuron: NeuronRef | null): void;
}

const PreviewNeuron = createContext<Preview>({ neuron: null, show: () => undefined });

/**
 * The neuron pointed at on the diagram: as in TensorFlow Playground, the large map shows
 * its activation while the pointer (or the keyboard's focus) is on it. Apart from the
 * selection, so that pointing does not render the gradient panel again.
 */
export function PreviewNeuronProvider({ children }: { children: ReactNode }) {
  const [neuron, show] = useState<NeuronRef | null>(null);
  return <PreviewNeuron.Provider value={{ neuron, show }}>{children}</PreviewNeuron.Provider>;
}

export function usePreviewNeuron(): Preview {
  return useContext(PreviewNeuron);
}
