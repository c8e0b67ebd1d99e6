import type { TraceStepOf } from '../trace';
import type { GateOp } from './ops';

/**
 * The steps of a graph trace, one variant per kind, each with the params its narration
 * quotes. Quantity keys: `value:ID`, `grad:ID`, and `contrib:GATE:INPUT`. DOM ids:
 * `var-NAME`, `gate-ID`, `const-ID`, `graph-output`.
 */

/** The gate a step runs: its id, operation and label, and `a`, `b` the plain names of its inputs. */
export type GateParams = {
  readonly gate: string;
  readonly op: GateOp;
  readonly label: string;
  readonly a?: string;
  readonly b?: string;
};

/** A gate computes its value from its inputs. */
export type GateForwardStep = TraceStepOf<
  'forward',
  'gate-forward',
  `graph.forward.${GateOp}`,
  GateParams
>;

/** ∂f/∂f = 1 at the output `node` (plain name `label`). */
export type SeedStep = TraceStepOf<
  'backward',
  'seed',
  'graph.seed',
  { readonly node: string; readonly label: string }
>;

/**
 * A gate sends local × upstream to its `slots` inputs that take a gradient. When this
 * completes the gradient of a node used two or more times, `fanOut` is that node's number
 * of uses, `fanOutNode` its plain name and, if several complete at once, `fanOutNodes` all
 * their names; the narration key is then `graph.backward.fanout`.
 */
export type GateBackwardStep = TraceStepOf<
  'backward',
  'gate-backward',
  `graph.backward.${GateOp}` | 'graph.backward.fanout',
  GateParams & {
    readonly slots: number;
    readonly fanOut?: number;
    readonly fanOutNode?: string;
    readonly fanOutNodes?: string;
  }
>;

/** Any step of a graph trace. */
export type GraphTraceStep = GateForwardStep | SeedStep | GateBackwardStep;
