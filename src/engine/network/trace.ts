import { makeTrace, type Trace } from '../trace';
import type { NetworkTraceStep } from './steps';
import { backwardSteps } from './trace-backward';
import { seedValues, traceContext } from './trace-context';
import { costStep } from './trace-cost';
import { forwardSteps } from './trace-forward';
import { gradientSteps } from './trace-gradients';
import { updateSteps } from './trace-update';
import type { NetworkScenario } from './types';

/**
 * The network scene's walk-through for example `sample`, in the lecture's order:
 * forward (z then a, neuron by neuron), the cost, backward (the reverse network from the
 * output layer back, each op-amp's input sum then its output δ = σ′(z)·sum), the
 * gradients ∂C/∂w = a_in · δ and ∂C/∂b = δ, and the update θ − η·∂L/∂θ (with L summed or
 * averaged over all samples). Each phase has its own builder; they share one context and
 * run in this order, each adding the values its steps reveal.
 */
export function buildNetworkTrace(scenario: NetworkScenario, sample = 0): Trace<NetworkTraceStep> {
  const ctx = traceContext(scenario, sample);
  seedValues(ctx);
  const steps: NetworkTraceStep[] = [
    ...forwardSteps(ctx),
    costStep(ctx),
    ...backwardSteps(ctx),
    ...gradientSteps(ctx),
    ...updateSteps(ctx),
  ];
  return makeTrace(steps, ctx.values);
}
