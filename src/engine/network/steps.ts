import type { TraceStepOf } from '../trace';
import type { Activation, Loss, Reduction } from './types';

/**
 * The steps of a network trace, one variant per kind, each with the params its narration
 * sentence quotes. `layer` is the DOM layer (0 is the input layer); `neuron` is the
 * lecture's 1-based neuron number (see `neuronNumber`). Params are type aliases, not
 * interfaces, so that a sentence can read any step's params as a record of names and
 * numbers.
 */

/** A neuron of a layer after the input, and that layer's activation. */
export type NeuronParams = {
  readonly layer: number;
  readonly neuron: number;
  readonly activation: Activation;
};

/** A neuron whose gradient the step concerns, without its activation. */
export type ParameterParams = { readonly layer: number; readonly neuron: number };

/** z = Σ w·a + b of one neuron. */
export type ZStep = TraceStepOf<'forward', 'z', 'network.forward.z', NeuronParams>;
/**
 * a = σ(z) of one neuron. `next` is how many neurons of the next layer it feeds (0 at the
 * output layer); `output` is its 1-based output number at the output layer, else 0.
 */
export type AStep = TraceStepOf<
  'forward',
  'a',
  'network.forward.a',
  NeuronParams & { readonly next: number; readonly output: number }
>;
/** The cost C of the example, from the `outputs` outputs and their targets. */
export type CostStep = TraceStepOf<
  'cost',
  'cost',
  'network.cost',
  { readonly loss: Loss; readonly outputs: number }
>;
/**
 * ∂C/∂y of output `output` (1-based) of the `outputs` outputs: the input of an output
 * neuron's op-amp.
 */
export type DCdyStep = TraceStepOf<
  'backward',
  'dCdy',
  'network.backward.output',
  NeuronParams & { readonly loss: Loss; readonly output: number; readonly outputs: number }
>;
/** ∂C/∂a of a hidden neuron: Σ w·δ over the `next` neurons it feeds. */
export type SumStep = TraceStepOf<
  'backward',
  'sum',
  'network.backward.sum',
  NeuronParams & { readonly loss: Loss; readonly next: number }
>;
/** δ = σ′(z) · ∂C/∂a: the op-amp's output. `output` is 1 at the output layer, else 0. */
export type AmpStep = TraceStepOf<
  'backward',
  'amp',
  'network.backward.amp',
  NeuronParams & { readonly loss: Loss; readonly output: 0 | 1 }
>;
/** ∂C/∂w = a_in · δ; `from` names the weight's source (`x1` or a neuron number). */
export type DWStep = TraceStepOf<
  'gradients',
  'dW',
  'network.gradient.w',
  ParameterParams & { readonly from: string }
>;
/** ∂C/∂b = δ. */
export type DbStep = TraceStepOf<'gradients', 'db', 'network.gradient.b', ParameterParams>;
/** What an update step says of L: over how many examples, summed or averaged. */
export type UpdateParams = ParameterParams & {
  readonly samples: number;
  readonly reduction: Reduction;
};
/** w′ = w − η ∂L/∂w, with L over `samples` examples. */
export type UpdateWStep = TraceStepOf<'update', 'update-w', 'network.update.w', UpdateParams>;
/** b′ = b − η ∂L/∂b, with L over `samples` examples. */
export type UpdateBStep = TraceStepOf<'update', 'update-b', 'network.update.b', UpdateParams>;

/** Any step of a network trace. */
export type NetworkTraceStep =
  | ZStep
  | AStep
  | CostStep
  | DCdyStep
  | SumStep
  | AmpStep
  | DWStep
  | DbStep
  | UpdateWStep
  | UpdateBStep;

export type NetworkStepKind = NetworkTraceStep['kind'];

/** Every narration sentence the network trace can ask for; the i18n dictionaries must have each. */
export type NetworkNarrationKey = NetworkTraceStep['narrationKey'];
