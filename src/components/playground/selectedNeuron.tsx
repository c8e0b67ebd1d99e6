import { createContext, useContext, useState, type ReactNode } from 'react';

/** A hidden or output neuron: its DOM layer number (1 = first hidden) and index. */
export interface NeuronRef {
  readonly layer: number;
  readonly index: number;
}

interface Selection {
  readonly neuron: NeuronRef | null;
  select(neuron: NeuronRef | null): void;
}

const SelectedNeuron = createContext<Selection>({ neuron: null, select: () => undefined });

/**
 * The neuron whose gradient the Data mode explains. A view choice of this screen only
 * (not the run's state): it lives with the screen and is not carried by links.
 */
export function SelectedNeuronProvider({ children }: { children: ReactNode }) {
  const [neuron, select] = useState<NeuronRef | null>(null);
  return <SelectedNeuron.Provider value={{ neuron, select }}>{children}</SelectedNeuron.Provider>;
}

/** The selected neuron and the way to change it. */
export function useSelectedNeuron(): Selection {
  return useContext(SelectedNeuron);
}
