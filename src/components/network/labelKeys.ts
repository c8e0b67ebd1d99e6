import type { BandTitles } from './bandTitles';
import type { NetworkLayout } from './layout';

/** The names of the diagram's labels and the sources they are measured from. */

/** The labels an element carries. */
export type LabelPart =
  /** Above a neuron: x₁, or z₃ = 1.84. */
  | 'symbol'
  /** On a weight: w, or w → w′. */
  | 'w'
  /** On a weight: ∂C/∂w. */
  | 'grad'
  /** On a weight the step uses: ∂z/∂w. */
  | 'dzdw'
  /** On the weight's twin in the reverse network. */
  | 'rw'
  /** Under a neuron: its bias. */
  | 'b'
  /** Under the bias: ∂C/∂b. */
  | 'bgrad'
  /** Above an op-amp: δ. */
  | 'delta'
  /** At an op-amp's input: ∂C/∂a, or ∂C/∂y at the outputs. */
  | 'input'
  /** Beside an output: its target ŷ. */
  | 'y';

/** The id of label `part` of element `element` (a DOM id such as `edge-1-0-0`). */
export const labelKey = (element: string, part: LabelPart): string => `${element}|${part}`;

/** The wire of the cost's input from output j, as an owner of wire segments. */
export const costInOwner = (j: number) => `cost-in-${j}`;
/** The reverse twin of forward edge `id`, as an owner of wire segments. */
export const reverseOwner = (edgeId: string) => `${edgeId}|r`;

export interface LabelSource {
  readonly layers: readonly number[];
  readonly layout: NetworkLayout;
  /** The final value of a quantity of the trace (the longest a label's text becomes). */
  readonly value: (key: string) => number | undefined;
  readonly titles: BandTitles;
}
